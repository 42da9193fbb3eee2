/**
 * Wiring for the credential tests: the emulator with its metadata service and STS (base key = the fake pair,
 * an OIDC token file of its own), a live Config for each role-based source pointed at it, and the secrets it
 * issued, for the leak scan.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { OIDC_PROVIDER_ID } from '../../emulator/identity/sts.js'
import { type RunningEmulator, startEmulator } from '../../emulator/server.js'
import { type Config, loadConfig } from '../config/config.js'
import { emptySources, FAKE, scratchDir } from './harness.js'

export const ROLE_ARN = 'qcs::cam::uin/100000000001:roleName/image-reader'

export interface IdentityEmulator {
  emulator: RunningEmulator
  tokenFile: string
}

export async function startIdentityEmulator(credentialTtlSeconds: number): Promise<IdentityEmulator> {
  const tokenFile = path.join(scratchDir('oidc-'), 'token')
  writeFileSync(tokenFile, 'oidc-token-first\n')
  const emulator = await startEmulator({
    secretId: FAKE.secretId,
    secretKey: FAKE.secretKey,
    credentialTtlSeconds,
    webIdentityTokenFile: tokenFile,
  })
  return { emulator, tokenFile }
}

export type RoleSource = 'assume-role' | 'oidc' | 'cvm-role'

/** The variables that select `source` against the emulator. */
export function sourceEnv(
  source: RoleSource,
  { emulator, tokenFile }: IdentityEmulator,
): Record<string, string> {
  switch (source) {
    case 'assume-role':
      return {
        TENCENTCLOUD_SECRET_ID: FAKE.secretId,
        TENCENTCLOUD_SECRET_KEY: FAKE.secretKey,
        TENCENTCLOUD_ROLE_ARN: ROLE_ARN,
        TENCENTCLOUD_STS_ENDPOINT: emulator.stsEndpoint,
      }
    case 'oidc':
      return {
        TKE_REGION: 'ap-guangzhou',
        TKE_PROVIDER_ID: OIDC_PROVIDER_ID,
        TKE_WEB_IDENTITY_TOKEN_FILE: tokenFile,
        TKE_ROLE_ARN: ROLE_ARN,
        TENCENTCLOUD_STS_ENDPOINT: emulator.stsEndpoint,
      }
    case 'cvm-role':
      return { TENCENTCLOUD_CVM_ROLE: '1', TENCENTCLOUD_METADATA_ENDPOINT: emulator.origin }
  }
}

/** A live Config signing with `source`'s temporary keys for the emulator's legacy or 3.0 endpoint. */
export function roleConfig(
  source: RoleSource,
  identity: IdentityEmulator,
  env: Record<string, string> = {},
): Config {
  const v3 = env.TENCENTCLOUD_API === 'v3'
  return loadConfig(
    {
      ...sourceEnv(source, identity),
      IMAGE_API_ENDPOINT: v3 ? identity.emulator.v3Endpoint : identity.emulator.endpoint,
      SERVE_STATIC: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
    emptySources(),
  )
}

/** Every temporary secret key and token the emulators issued, for scanForSecretsAfterAll. */
export function issuedSecrets(emulators: Array<IdentityEmulator | undefined>): string[] {
  return emulators.flatMap(
    (identity) =>
      identity?.emulator.identity.keys.issued().flatMap((key) => [key.secretKey, key.sessionToken]) ?? [],
  )
}
