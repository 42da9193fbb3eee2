import { ApiError, parseErrorEnvelope } from './api-error'
import { t } from './i18n'

/**
 * Ends the session (POST /auth/logout) and gives the address to go to next: the identity provider's
 * sign-out, or the app. Throws an ApiError when the proxy cannot be reached.
 */
export async function postSignOut(): Promise<string> {
  let response: Response
  try {
    response = await fetch('/auth/logout', { method: 'POST', headers: { Accept: 'application/json' } })
  } catch {
    throw new ApiError({ code: 'NetworkError', message: t('net.unreachable'), status: 0 })
  }
  const body: unknown = await response.json().catch(() => undefined)
  const location = (body as { location?: unknown } | undefined)?.location
  return response.ok && typeof location === 'string' ? location : '/'
}

/** Long enough for the proxy's own upstream timeout to answer first with a proper 504. */
const CLIENT_TIMEOUT_MS = 45_000

/**
 * The app's only door to the network: GET a JSON document from the proxy. Every failure, whether an
 * error envelope (with any HTTP status, 200 included), a dropped connection or a body that is not JSON,
 * becomes an ApiError. `fresh` asks the proxy to go past its cache.
 */
export async function getJson(
  path: string,
  params: readonly [string, string][] = [],
  signal?: AbortSignal,
  options: { fresh?: boolean } = {},
) {
  const query = new URLSearchParams(params as [string, string][]).toString()
  const url = query ? `${path}?${query}` : path
  const timeout = AbortSignal.timeout(CLIENT_TIMEOUT_MS)
  let response: Response
  try {
    response = await fetch(url, {
      // The proxy reads no-cache as "ask the upstream, not your cache" (proxy/routes/describe-images.ts).
      headers: options.fresh
        ? { Accept: 'application/json', 'Cache-Control': 'no-cache' }
        : { Accept: 'application/json' },
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    })
  } catch (error) {
    if (signal?.aborted) throw error
    const timedOut = timeout.aborted
    throw new ApiError({
      code: timedOut ? 'ClientTimeout' : 'NetworkError',
      message: timedOut ? t('net.timeout', { seconds: CLIENT_TIMEOUT_MS / 1000 }) : t('net.unreachable'),
      status: 0,
    })
  }
  const body: unknown = await response.json().catch(() => undefined)
  const envelopeError = parseErrorEnvelope(body, response.status, response.headers.get('Retry-After'))
  if (envelopeError) throw envelopeError
  if (!response.ok || body === undefined) {
    throw new ApiError({
      code: response.ok ? 'BadResponse' : `HttpError.${response.status}`,
      message: response.ok ? t('net.notJson') : response.statusText,
      status: response.ok ? 502 : response.status,
    })
  }
  return body
}
