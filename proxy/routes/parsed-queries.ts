/**
 * The DescribeImages query, validated and keyed once per distinct query text. Parsing is a pure function of
 * the text (and the proxy's fixed settings), so a repeated query, which is what a cache hit is, reuses the
 * result instead of splitting, validating and normalizing the same text again. Only accepted queries are kept,
 * at most `maxEntries`, the oldest dropped first.
 */
import type { DescribeImagesV3Request } from '../../core/describe-images-v3.js'
import type { ParamList } from '../../core/request/params.js'
import type { RequestError } from '../../core/request/refusal.js'
import { normalizeRequestKey } from '../../core/request/request-key.js'

export type ParsedQuery =
  | { ok: true; request: DescribeImagesV3Request; key: string }
  | { ok: false; error: RequestError }

type Parse = (
  params: ParamList,
) => { ok: true; request: DescribeImagesV3Request } | { ok: false; error: RequestError }

export function parsedQueries(parse: Parse, maxEntries: number): (query: string) => ParsedQuery {
  const known = new Map<string, ParsedQuery>()
  return (query) => {
    const seen = known.get(query)
    if (seen) return seen
    // The raw query as sent, so repeated names and their order survive for the validator.
    const parsed = parse([...new URLSearchParams(query)])
    if (!parsed.ok) return parsed
    const result: ParsedQuery = {
      ok: true,
      request: parsed.request,
      key: normalizeRequestKey(parsed.request),
    }
    if (known.size >= maxEntries) known.delete(known.keys().next().value as string)
    known.set(query, result)
    return result
  }
}
