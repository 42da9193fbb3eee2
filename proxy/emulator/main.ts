/**
 * `npm run emulator`: the DescribeImages emulator alone on 127.0.0.1:EMULATOR_PORT (9090).
 * EMULATOR_TEST_FAULTS=1 opens the fault control routes; it is for test suites only.
 */
import { DEFAULT_CUSTOM_IMAGES, MAX_CUSTOM_IMAGES } from './catalog.js'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY, startEmulator } from './server.js'

/** Empty counts as unset. */
function env(name: string): string | undefined {
  const value = process.env[name]
  return value === undefined || value === '' ? undefined : value
}

function integer(name: string, fallback: number, max: number): number {
  const raw = env(name)
  if (raw === undefined) return fallback
  if (!/^[0-9]+$/.test(raw) || Number(raw) > max) {
    console.error(`${name} must be an integer from 0 to ${max}, not ${JSON.stringify(raw.slice(0, 40))}`)
    process.exit(1)
  }
  return Number(raw)
}

const secretId = env('EMULATOR_SECRET_ID') ?? DEMO_SECRET_ID
const emulator = await startEmulator(
  {
    secretId,
    secretKey: env('EMULATOR_SECRET_KEY') ?? DEMO_SECRET_KEY,
    sessionToken: env('EMULATOR_SESSION_TOKEN'),
    customImages: integer('EMULATOR_IMAGES', DEFAULT_CUSTOM_IMAGES, MAX_CUSTOM_IMAGES),
    faults: env('EMULATOR_TEST_FAULTS') === '1',
  },
  { host: '127.0.0.1', port: integer('EMULATOR_PORT', 9090, 65535) },
)
console.log(
  `DescribeImages emulator on ${emulator.endpoint} (SecretId ${secretId}); API 3.0 at POST ${emulator.v3Endpoint}`,
)

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    emulator.close().then(() => process.exit(0))
  })
}
