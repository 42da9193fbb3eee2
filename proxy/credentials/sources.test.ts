/**
 * Each role-based source end to end: the proxy fetches temporary keys from the emulator's metadata service or
 * STS over real HTTP (AssumeRole TC3-signed with the base key), then signs DescribeImages with them, and the
 * emulator accepts them only as the keys it issued, with their token.
 */
import { writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scanForSecretsAfterAll, startTestApp } from '../test-support/harness.js'
import {
  type IdentityEmulator,
  issuedSecrets,
  ROLE_ARN,
  type RoleSource,
  roleConfig,
  startIdentityEmulator,
} from '../test-support/identity-fixtures.js'

let identity: IdentityEmulator
beforeAll(async () => {
  identity = await startIdentityEmulator(3600)
})
afterAll(() => identity.emulator.close())
scanForSecretsAfterAll(() => issuedSecrets([identity]))

const ROLES: Record<RoleSource, string> = {
  'assume-role': ROLE_ARN,
  oidc: ROLE_ARN,
  'cvm-role': 'cvm-image-browser-role',
}

describe.each(['legacy', 'v3'])('signing DescribeImages (%s API) with temporary keys', (api) => {
  it.each<RoleSource>(['assume-role', 'oidc', 'cvm-role'])('from %s', async (source) => {
    const before = identity.emulator.identity.keys.issued().length
    const { app, inject } = await startTestApp(roleConfig(source, identity, { TENCENTCLOUD_API: api }))
    try {
      const answer = await inject('/api/DescribeImages?Limit=3')
      expect(answer.statusCode).toBe(200)
      expect(answer.json().Response.ImageSet).toHaveLength(3)
      const issued = identity.emulator.identity.keys.issued().slice(before)
      expect(issued).toHaveLength(1)
      const key = issued[0]
      expect(key).toMatchObject({ issuedBy: source, role: ROLES[source], accepted: 1, refused: 0 })
      const ready = await inject('/readyz')
      expect(ready.statusCode).toBe(200)
      expect(ready.json().credentials).toEqual({
        source,
        role: ROLES[source],
        secretId: `AKID…${key?.secretId.slice(-4)}`,
        expiresAt: new Date(key?.expiresAtMs ?? 0).toISOString(),
        lastRefresh: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        lastError: null,
      })
      expect((await inject('/api/info')).json().credentials).toEqual(ready.json().credentials)
    } finally {
      await app.close()
    }
  })
})

describe('TKE OIDC', () => {
  it('reads the token file again at each refresh, so a rotated token keeps working', async () => {
    const { app, inject } = await startTestApp(roleConfig('oidc', identity))
    try {
      expect((await inject('/api/DescribeImages?Limit=1')).statusCode).toBe(200)
      writeFileSync(identity.tokenFile, 'oidc-token-rotated\n')
      const current = identity.emulator.identity.keys.issued().at(-1)
      identity.emulator.identity.keys.revoke(current?.secretId ?? '')
      // The revoked key is refused, the proxy refreshes with the new token and the call goes through.
      expect((await inject('/api/DescribeImages?Limit=2')).statusCode).toBe(200)
      expect(identity.emulator.identity.keys.issued().at(-1)).toMatchObject({ issuedBy: 'oidc', accepted: 1 })
    } finally {
      await app.close()
    }
  })
})
