/** The first screen's words of the browser-side filter chips and the Refresh controls. */
export const ops = {
  'local.between': (p: { from: string; to: string }) => `${p.from} – ${p.to}`,
  'local.since': (p: { day: string }) => `since ${p.day}`,
  'local.until': (p: { day: string }) => `until ${p.day}`,
  'local.last.7d': 'last 7 days',
  'local.last.30d': 'last 30 days',
  'local.last.3m': 'last 3 months',
  'local.last.1y': 'last year',
  'local.os': 'Platform (exact)',
  'local.unknownDate': 'unknown date',
  'local.chipTitle': (p: { label: string }) => `${p.label} (filtered in the browser)`,
  'refresh.button': 'Refresh',
  'refresh.hint': "Ask Tencent again, past the proxy's cache",
  'refresh.auto': 'Auto-refresh',
  'refresh.autoHint': (p: { seconds: number }) =>
    `Every ${p.seconds} s while images are in progress and this tab is visible`,
}
