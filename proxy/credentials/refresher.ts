/**
 * Temporary keys that refresh themselves: fetched at start, fetched again in the background well before they
 * expire, and fetched on demand when a caller finds none valid or Tencent refused them. One fetch at a time
 * however many callers wait; the current keys keep signing until new ones arrive; a failure is never cached
 * (the next caller without valid keys tries again) and background retries back off.
 */
import type { CredentialSourceKind, Credentials } from '../config/config.js'
import { maskSecretId } from './mask.js'
import {
  type CredentialProvider,
  type CredentialStatus,
  CredentialsUnavailableError,
  secretValuesOf,
} from './provider.js'
import { backoffMs, refreshDelayMs } from './refresh-timing.js'

export interface TemporaryKeys {
  credentials: Credentials
  /** Wall clock ms. */
  expiresAtMs: number
  /** The role the keys belong to, when the source learns it (the CVM role's name). */
  role?: string
}

/** One source of temporary keys; `fetch` rejects with an Error whose message is safe to show. */
export interface KeySource {
  kind: CredentialSourceKind
  role: string | null
  fetch(): Promise<TemporaryKeys>
}

export type CredentialLog = (level: 'info' | 'warn', fields: Record<string, unknown>, message: string) => void

export interface RefresherDeps {
  now?: () => number
  random?: () => number
  log?: CredentialLog
}

/** Keys this close to expiry are not used: a request signed now may arrive after they expire. */
const EXPIRY_MARGIN_MS = 1_000

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

export function createRefreshingProvider(source: KeySource, deps: RefresherDeps = {}): CredentialProvider {
  const now = deps.now ?? Date.now
  const random = deps.random ?? Math.random
  const log = deps.log ?? (() => {})
  let keys: TemporaryKeys | null = null
  let previous: TemporaryKeys | null = null
  let role = source.role
  let inflight: Promise<TemporaryKeys> | null = null
  let lastRefreshMs: number | null = null
  let lastError: string | null = null
  let failures = 0
  let timer: NodeJS.Timeout | undefined
  let closed = false

  const validForMs = () => (keys ? keys.expiresAtMs - now() - EXPIRY_MARGIN_MS : 0)

  function schedule(delayMs: number): void {
    clearTimeout(timer)
    if (closed) return
    timer = setTimeout(() => void fetchShared().catch(() => {}), delayMs)
    timer.unref()
  }

  function keep(fresh: TemporaryKeys, askedAtMs: number): TemporaryKeys {
    if (fresh.expiresAtMs - now() <= EXPIRY_MARGIN_MS) {
      throw new Error(`${source.kind}: the keys it gave expire at ${iso(fresh.expiresAtMs)}, already past`)
    }
    previous = keys
    keys = fresh
    role = fresh.role ?? role
    lastRefreshMs = now()
    lastError = null
    failures = 0
    schedule(refreshDelayMs(fresh.expiresAtMs - askedAtMs, random()))
    const secretId = maskSecretId(fresh.credentials.secretId)
    log(
      'info',
      { source: source.kind, role, secretId, expiresAt: iso(fresh.expiresAtMs) },
      'credentials refreshed',
    )
    return fresh
  }

  async function fetchOnce(): Promise<TemporaryKeys> {
    const askedAtMs = now()
    try {
      return keep(await source.fetch(), askedAtMs)
    } catch (error) {
      failures += 1
      lastError = error instanceof Error ? error.message : `${source.kind}: the fetch failed`
      schedule(backoffMs(failures, random(), validForMs()))
      log('warn', { source: source.kind, role, failures, reason: lastError }, 'credentials refresh failed')
      throw new CredentialsUnavailableError(`No valid credentials to sign with. ${lastError}`)
    }
  }

  function fetchShared(): Promise<TemporaryKeys> {
    inflight ??= fetchOnce().finally(() => {
      inflight = null
    })
    return inflight
  }

  function status(): CredentialStatus {
    return {
      source: source.kind,
      role,
      secretId: keys ? maskSecretId(keys.credentials.secretId) : null,
      expiresAt: iso(keys?.expiresAtMs ?? null),
      lastRefresh: iso(lastRefreshMs),
      lastError,
      usable: validForMs() > 0,
    }
  }

  void fetchShared().catch(() => {})
  return {
    async current() {
      if (keys && validForMs() > 0) return keys.credentials
      return (await fetchShared()).credentials
    },
    async refresh(stale) {
      if (keys && keys.credentials !== stale && validForMs() > 0) return keys.credentials
      return (await fetchShared()).credentials
    },
    status,
    secretValues: () => [...secretValuesOf(keys?.credentials), ...secretValuesOf(previous?.credentials)],
    close() {
      closed = true
      clearTimeout(timer)
    },
  }
}
