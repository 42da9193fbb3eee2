/**
 * When to refresh temporary keys and how long to wait after a failed fetch, as pure functions.
 *
 * Keys are refreshed once a third of their lifetime is left, and at least 5 minutes before they expire, as
 * the Go SDK does (the Node SDK's 30 s margin leaves no room for a slow STS). Keys too short-lived for that
 * margin are still held for a quarter of their life, so that even 5-second keys rotate without a gap.
 */

const MIN_MARGIN_MS = 5 * 60_000
/** Refreshes start up to this share of the holding time early, so replicas do not refresh in step. */
const JITTER_SHARE = 0.1
const MIN_DELAY_MS = 100
const BACKOFF_BASE_MS = 500
const BACKOFF_MAX_MS = 60_000

/** Milliseconds after a fetch to fetch again, for keys that live `lifetimeMs` from that fetch. */
export function refreshDelayMs(lifetimeMs: number, random: number): number {
  const margin = Math.min(Math.max(lifetimeMs / 3, MIN_MARGIN_MS), (lifetimeMs * 3) / 4)
  const hold = lifetimeMs - margin
  return Math.max(MIN_DELAY_MS, Math.round(hold - hold * JITTER_SHARE * random))
}

/**
 * The wait before retry number `failures` (1, 2, …): exponential from 0.5 s, up to a minute, with jitter; while
 * the current keys are still valid, at most half their remaining time, so a retry still comes before they expire.
 */
export function backoffMs(failures: number, random: number, validForMs: number): number {
  const exponential = BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 16)
  const ceiling =
    validForMs > 0 ? Math.max(MIN_DELAY_MS, Math.min(BACKOFF_MAX_MS, validForMs / 2)) : BACKOFF_MAX_MS
  return Math.max(MIN_DELAY_MS, Math.round(Math.min(exponential, ceiling) * (0.5 + random / 2)))
}
