/**
 * Tencent Cloud signature v1 (the legacy `HmacSHA1` / `HmacSHA256` scheme,
 * https://www.tencentcloud.com/document/api/214/1526).
 * Pure: the signer (proxy) and the verifier (emulator) share these functions, so they cannot drift apart.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

export type SignatureMethod = 'HmacSHA256' | 'HmacSHA1'

/** Plain code-unit comparison: the ASCII order the docs require (`Filters.10` < `Filters.2`, `Z` < `a`). */
function byName(a: readonly [string, string], b: readonly [string, string]): number {
  if (a[0] === b[0]) return 0
  return a[0] < b[0] ? -1 : 1
}

/**
 * METHOD + host + path + '?' + the parameters sorted by name, joined `k=v` with `&`, values raw.
 * Underscores in names become dots, as the legacy doc and the Python SDKs do; `Signature` itself is not signed.
 */
export function buildStringToSign(
  method: string,
  host: string,
  path: string,
  params: Iterable<readonly [string, string]>,
): string {
  const signed: [string, string][] = []
  for (const [name, value] of params) {
    if (name === 'Signature') continue
    signed.push([name.replaceAll('_', '.'), value])
  }
  signed.sort(byName)
  const query = signed.map(([name, value]) => `${name}=${value}`).join('&')
  return `${method.toUpperCase()}${host}${path}?${query}`
}

/** Base64 HMAC of the string to sign; only the exact value `HmacSHA256` selects SHA-256, anything else SHA-1. */
export function signStringV1(
  secretKey: string,
  stringToSign: string,
  signatureMethod: string | undefined,
): string {
  const algorithm = signatureMethod === 'HmacSHA256' ? 'sha256' : 'sha1'
  return createHmac(algorithm, secretKey).update(stringToSign, 'utf8').digest('base64')
}

/** Constant-time equality; both sides are hashed first so unequal lengths leak nothing either. */
export function signaturesEqual(a: string, b: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest()
  return timingSafeEqual(digest(a), digest(b)) && a === b
}
