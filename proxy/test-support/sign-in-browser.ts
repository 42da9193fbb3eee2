/**
 * A small browser for sign-in tests over real HTTP: a cookie jar per origin, redirects followed by hand (so
 * each hop is seen), and the identity provider's development login and consent forms filled in and sent.
 */
export interface Hop {
  url: string
  status: number
}

export interface BrowserResponse {
  url: string
  status: number
  headers: Headers
  body: string
}

const FORM = /<form[^>]*action="([^"]+)"[^>]*method="post"[^>]*>([\s\S]*?)<\/form>/i
const HIDDEN = /<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/gi

function cookiePairs(headers: Headers): Array<[string, string | null]> {
  return headers.getSetCookie().map((line) => {
    const [pair = '', ...attributes] = line.split(';')
    const eq = pair.indexOf('=')
    const name = pair.slice(0, eq).trim()
    const value = pair.slice(eq + 1).trim()
    const gone = value === '' || attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute))
    return [name, gone ? null : value]
  })
}

export class SignInBrowser {
  readonly jar = new Map<string, Map<string, string>>()
  readonly hops: Hop[] = []
  /** Every text the browser received, for the tests' scan for secrets. */
  readonly received: string[] = []
  /** Every Set-Cookie line, as sent. */
  readonly setCookies: string[] = []

  cookies(origin: string): Map<string, string> {
    let cookies = this.jar.get(origin)
    if (!cookies) {
      cookies = new Map()
      this.jar.set(origin, cookies)
    }
    return cookies
  }

  async request(url: string, init: RequestInit = {}): Promise<BrowserResponse> {
    const target = new URL(url)
    const cookies = this.cookies(target.origin)
    const headers = new Headers(init.headers)
    if (!headers.has('accept')) headers.set('accept', 'text/html')
    if (cookies.size > 0)
      headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '))
    const response = await fetch(target, { ...init, headers, redirect: 'manual' })
    this.setCookies.push(...response.headers.getSetCookie())
    for (const [name, value] of cookiePairs(response.headers)) {
      if (value === null) cookies.delete(name)
      else cookies.set(name, value)
    }
    const body = await response.text()
    this.hops.push({ url: target.href, status: response.status })
    this.received.push(target.href, JSON.stringify([...response.headers]), body)
    return { url: target.href, status: response.status, headers: response.headers, body }
  }

  /** Follows redirects from `url` until an answer that is not one. */
  async follow(url: string, init: RequestInit = {}): Promise<BrowserResponse> {
    let response = await this.request(url, init)
    while (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location')
      if (!location) break
      response = await this.request(new URL(location, response.url).href)
    }
    return response
  }

  /**
   * Goes through the provider's login and consent pages as `login` from where `response` stands, and
   * returns the first answer that is no longer the provider's form.
   */
  async passProvider(response: BrowserResponse, login: string): Promise<BrowserResponse> {
    let current = response
    for (let step = 0; step < 4; step++) {
      const form = FORM.exec(current.body)
      if (!form?.[1] || !current.url.includes('/interaction/')) return current
      const fields = new URLSearchParams(
        [...(form[2] ?? '').matchAll(HIDDEN)].map((m) => [m[1] ?? '', m[2] ?? '']),
      )
      if (/name="login"/.test(form[2] ?? '')) {
        fields.set('login', login)
        fields.set('password', 'any password')
      }
      current = await this.follow(new URL(form[1], current.url).href, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: fields.toString(),
      })
    }
    return current
  }

  /** The whole sign-in from the app's `/auth/login?return=…`, to the page it lands on. */
  async signIn(appUrl: string, login: string, returnPath = '/'): Promise<BrowserResponse> {
    const start = new URL(`/auth/login?return=${encodeURIComponent(returnPath)}`, appUrl).href
    return this.passProvider(await this.follow(start), login)
  }
}
