/** Narrowing helpers for JSON read off the wire; shared by the proxy, the emulator and the web. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The RequestId of a Tencent `Response`: the legacy endpoint spells it `RequestID` in its examples, API 3.0 `RequestId`. */
export function readRequestId(response: Record<string, unknown>): string | null {
  const id = response.RequestId ?? response.RequestID
  return typeof id === 'string' && id !== '' ? id : null
}

/** Whether `value` is one of `values` (a list of known words), narrowing it to that list's type. */
export const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value)
