/**
 * `npm run emulator`: the DescribeImages emulator alone on 127.0.0.1:EMULATOR_PORT (9090), configured as
 * emulator/config.ts reads it, with its metadata service and STS; it prints how to point the proxy at it.
 * EMULATOR_TEST_FAULTS=1 opens the fault control routes, for test suites only.
 */
import { DEMO_SECRET_KEY, type EmulatorConfig, EmulatorConfigError, loadEmulatorConfig } from './config.js'
import { OIDC_PROVIDER_ID } from './identity/sts.js'
import { type RunningEmulator, startEmulator } from './server.js'

const STANDALONE_PORT = 9090
const EXAMPLE_ROLE_ARN = 'qcs::cam::uin/100000000001:roleName/cvm-image-browser'

function readConfig(): EmulatorConfig {
  try {
    return loadEmulatorConfig(process.env, { port: STANDALONE_PORT })
  } catch (error) {
    if (!(error instanceof EmulatorConfigError)) throw error
    console.error(`Invalid configuration: ${error.message}`)
    process.exit(1)
  }
}

/** The proxy's variables for each credential source; a configured secret key is never printed, the demo one is public. */
function howToPoint(config: EmulatorConfig, emulator: RunningEmulator): string[] {
  const { secretId, secretKey, sessionToken } = config.credentials
  const key = secretKey === DEMO_SECRET_KEY ? secretKey : '<EMULATOR_SECRET_KEY>'
  const token = sessionToken === undefined ? '' : ' TENCENTCLOUD_SESSION_TOKEN=<EMULATOR_SESSION_TOKEN>'
  const base = `IMAGE_API_ENDPOINT=${emulator.endpoint}`
  const keys = `TENCENTCLOUD_SECRET_ID=${secretId} TENCENTCLOUD_SECRET_KEY=${key}${token}`
  const sts = `TENCENTCLOUD_STS_ENDPOINT=${emulator.stsEndpoint}`
  const tokenFile = config.webIdentityTokenFile ?? '<EMULATOR_WEB_IDENTITY_TOKEN_FILE>'
  return [
    `Point the proxy at it (temporary keys live ${config.credentialTtlSeconds} s):`,
    `  static key:  ${base} ${keys}`,
    `  CVM role:    ${base} TENCENTCLOUD_CVM_ROLE=1 TENCENTCLOUD_METADATA_ENDPOINT=${emulator.origin}`,
    `  AssumeRole:  ${base} ${keys} TENCENTCLOUD_ROLE_ARN=${EXAMPLE_ROLE_ARN} ${sts}`,
    `  TKE OIDC:    ${base} TKE_REGION=ap-guangzhou TKE_PROVIDER_ID=${OIDC_PROVIDER_ID} ` +
      `TKE_WEB_IDENTITY_TOKEN_FILE=${tokenFile} TKE_ROLE_ARN=${EXAMPLE_ROLE_ARN} ${sts}`,
    '  (API 3.0: TENCENTCLOUD_API=v3 and IMAGE_API_ENDPOINT set to the POST address above)',
  ]
}

const config = readConfig()
const emulator = await startEmulator(
  {
    ...config.credentials,
    customImages: config.customImages,
    instances: config.instances,
    deny: config.deny,
    faults: config.faults,
    credentialTtlSeconds: config.credentialTtlSeconds,
    webIdentityTokenFile: config.webIdentityTokenFile,
    maxRps: config.maxRps,
    catalogNow: config.catalogNow,
    graceful: true,
  },
  { host: '127.0.0.1', port: config.port },
)
console.log(
  `DescribeImages emulator on ${emulator.endpoint} (SecretId ${config.credentials.secretId}); ` +
    `API 3.0 at POST ${emulator.v3Endpoint}`,
)
console.log(howToPoint(config, emulator).join('\n'))

/** How long answers in flight get to finish after SIGTERM or SIGINT. */
const CLOSE_GRACE_MS = 10_000
/** Ctrl+C under npm arrives twice (the terminal's and npm's), moments apart; a later signal stops at once. */
const SAME_SIGNAL_MS = 1_000

let closingSince: number | null = null
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (closingSince !== null) {
      if (Date.now() - closingSince >= SAME_SIGNAL_MS) process.exit(1)
      return
    }
    closingSince = Date.now()
    setTimeout(() => process.exit(1), CLOSE_GRACE_MS).unref()
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  })
}
