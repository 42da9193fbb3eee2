/**
 * The sign-in cookies' names and flags. Over HTTPS they are Secure and carry the `__Host-` prefix, which
 * browsers accept only from a secure origin with Path=/ and no Domain: no subdomain can set or shadow them.
 */
export interface CookieNaming {
  /** The signed session id. */
  session: string
  /** The signed state of a sign-in under way, tying the callback to the browser that started it. */
  signIn: string
  secure: boolean
}

export function cookieNames(publicUrl: URL): CookieNaming {
  const secure = publicUrl.protocol === 'https:'
  const prefix = secure ? '__Host-' : ''
  return { session: `${prefix}cvm-session`, signIn: `${prefix}cvm-sign-in`, secure }
}
