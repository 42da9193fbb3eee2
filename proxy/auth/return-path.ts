/**
 * Where a sign-in goes back to: a path on this site only. Anything else (another origin, `//host`, a
 * backslash trick, the sign-in routes themselves) becomes `/`, so the login link cannot send users elsewhere.
 */
const BASE = 'http://return.invalid'
const MAX_LENGTH = 2048

/** A control character (tab, newline, DEL…): no name or path a well-behaved sender would include. */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}

export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return '/'
  // Browsers read `\` as `/` and drop tabs and newlines, so `/\evil` or `/\t/evil` would leave the site.
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || hasControlCharacter(value))
    return '/'
  let url: URL
  try {
    url = new URL(value, BASE)
  } catch {
    return '/'
  }
  if (url.origin !== BASE || url.pathname === '/auth' || url.pathname.startsWith('/auth/')) return '/'
  return `${url.pathname}${url.search}`
}
