/** Signing for the bench's own clients: the pass-through and the direct calls to the emulator. */
import { encodeV1Query, signV1Params } from './project.js'

export interface SigningTarget {
  /** The Host header the request will carry, port included. */
  host: string
  path: string
}

/** The pair the bench's emulator accepts and every bench client signs with. */
export const BENCH_CREDENTIALS = {
  secretId: 'AKIDBench000000000000000000000000000',
  secretKey: 'BenchSecretKey00000000000000000000',
}

/**
 * A counter, like the proxy's: the emulator refuses a (Timestamp, Nonce) pair it has seen, and a bench sends
 * thousands of calls a second. Each process starts somewhere else, so two never reuse a pair.
 */
export function nonceCounter(): () => number {
  let nonce = Math.floor(Math.random() * 1e9)
  return () => ++nonce
}

/** The business parameters plus Action, Version and the common ones, signed with HmacSHA256. */
export function signedQuery(
  business: Iterable<[string, string]>,
  target: SigningTarget,
  nonce: number,
  nowMs = Date.now(),
): string {
  const common = {
    ...BENCH_CREDENTIALS,
    timestamp: Math.floor(nowMs / 1000),
    nonce,
    signatureMethod: 'HmacSHA256' as const,
  }
  return encodeV1Query(signV1Params([...business], common, { method: 'GET', ...target }))
}
