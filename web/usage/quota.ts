/** The custom-image quota in numbers: how full it is, and whether to warn (at 80 %). Pure. */
export const QUOTA_WARN_SHARE = 0.8

export interface QuotaState {
  used: number
  quota: number
  left: number
  /** 0–1, capped at 1. */
  share: number
  level: 'ok' | 'near' | 'full'
}

export function quotaState(used: number, quota: number): QuotaState {
  const share = quota > 0 ? Math.min(1, used / quota) : 1
  const left = Math.max(0, quota - used)
  const level = left === 0 ? 'full' : share >= QUOTA_WARN_SHARE ? 'near' : 'ok'
  return { used, quota, left, share, level }
}
