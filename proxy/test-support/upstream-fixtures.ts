/**
 * Shared wiring for the upstream tests of both APIs: settings signing with the fake credentials, the emulator
 * on an ephemeral port checking them, and a transport that records every call on its way to the emulator.
 */
import { afterAll, afterEach, beforeAll } from 'vitest'
import type { DescribeImagesRequest } from '../../core/describe-images.js'
import { type RunningEmulator, startEmulator } from '../../emulator/server.js'
import type { Credentials } from '../config/config.js'
import { Secret } from '../config/secret.js'
import { type CredentialProvider, staticProvider } from '../credentials/provider.js'
import type { HttpFetch } from '../upstream/http-fetch.js'
import { undiciFetch } from '../upstream/undici-fetch.js'
import type { UpstreamSettings } from '../upstream/upstream.js'
import { FAKE } from './harness.js'

export const sampleRequest: DescribeImagesRequest = {
  region: 'ap-guangzhou',
  imageIds: [],
  filters: [{ name: 'image-name', values: ['CentOS 7.6 64位', 'a+b/c=d&e'] }],
  offset: 0,
  limit: 5,
}

export function fakeCredentials(token: string | null, secretKey: string = FAKE.secretKey): Credentials {
  return {
    secretId: FAKE.secretId,
    secretKey: new Secret(secretKey),
    token: token ? new Secret(token) : null,
  }
}

/** The fake keys as the upstream asks for them: static, from the environment. */
export function fakeProvider(token: string | null, secretKey: string = FAKE.secretKey): CredentialProvider {
  return staticProvider('env', fakeCredentials(token, secretKey))
}

/** Legacy HmacSHA256 with the fake token, no caps, a 5 s deadline; overrides pick the rest. */
export function upstreamSettings(
  endpoint: string,
  overrides: Partial<UpstreamSettings> = {},
): UpstreamSettings {
  return {
    endpoint: new URL(endpoint),
    credentials: fakeProvider(FAKE.token),
    signatureMethod: 'HmacSHA256',
    timeoutMs: 5_000,
    maxConcurrent: 0,
    maxRps: 0,
    queueWaitMs: 1_000,
    ...overrides,
  }
}

/** Retries go at once: no test waits on a backoff timer. */
export const noWait = { sleep: async () => {}, random: () => 0.5 }

/** The emulator with the fake key pair and, unless null, the fake session token. */
export function startFakeEmulator(token: string | null = FAKE.token): Promise<RunningEmulator> {
  return startEmulator({
    secretId: FAKE.secretId,
    secretKey: FAKE.secretKey,
    sessionToken: token ?? undefined,
  })
}

export interface RecordedCall {
  method: string
  url: string
  /** The request body as sent (3.0 calls). */
  body?: string
  /** The answer's text, once it has arrived. */
  answer?: string
}

export interface RecordingFetch {
  fetch: HttpFetch
  calls: RecordedCall[]
  /** Holds every call from now on until the returned function is called. */
  hold(): () => void
  reset(): void
}

/** The real transport (undiciFetch), recording each call and what came back. */
export function recordingFetch(): RecordingFetch {
  const calls: RecordedCall[] = []
  let gate: Promise<void> | null = null
  return {
    calls,
    async fetch(url, init) {
      const call: RecordedCall = { method: init.method ?? 'GET', url, body: init.body }
      calls.push(call)
      if (gate) await gate
      const response = await undiciFetch(url, init)
      call.answer = await response.text()
      return { status: response.status, text: async () => call.answer ?? '' }
    },
    hold() {
      let open = () => {}
      gate = new Promise((resolve) => {
        open = resolve
      })
      return open
    },
    reset() {
      calls.length = 0
      gate = null
    },
  }
}

export interface FakeUpstream {
  /** Started before the first test of the enclosing suite. */
  readonly emulator: RunningEmulator
  transport: RecordingFetch
}

/** One emulator for the enclosing suite; faults and recorded calls are cleared after each test. */
export function fakeEmulatorForSuite(): FakeUpstream {
  const transport = recordingFetch()
  let running: RunningEmulator | undefined
  beforeAll(async () => {
    running = await startFakeEmulator()
  })
  afterEach(() => {
    running?.faults.reset()
    transport.reset()
  })
  afterAll(() => running?.close())
  return {
    get emulator() {
      if (!running) throw new Error('the emulator starts in beforeAll')
      return running
    },
    transport,
  }
}
