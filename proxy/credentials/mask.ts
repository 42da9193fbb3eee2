/** `AKID…ESA1`: enough to tell keys apart, not enough to use one. */
export function maskSecretId(secretId: string): string {
  return secretId.length <= 8 ? '…' : `${secretId.slice(0, 4)}…${secretId.slice(-4)}`
}
