/**
 * A real OpenID provider for the tests: panva's oidc-provider (a certified implementation) on a free
 * loopback port, with its development login and consent pages, which accept any login and password. The
 * login is the account: its email is the login, and its groups come from `groupsOf`.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider from 'oidc-provider'

export interface TestIdp {
  issuer: string
  clientId: string
  clientSecret: string
  close(): Promise<void>
}

export interface TestIdpOptions {
  /** Where the app is, for its redirect and post-sign-out addresses. */
  appUrl: string
  /** The groups claim of a login; none by default. */
  groupsOf?: (login: string) => string[]
}

/** The provider's sign-out question, as its default page asks it, without its notice about customizing it. */
async function logoutSource(context: { body: string }, form: string): Promise<void> {
  context.body = `<!doctype html><title>Sign out</title><body>${form}
<p>Do you want to sign out?</p>
<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>
<button type="submit" form="op.logoutForm">No, stay signed in</button></body>`
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  )
}

export async function startTestIdp(options: TestIdpOptions): Promise<TestIdp> {
  const server = createServer()
  const port = await listen(server)
  const issuer = `http://127.0.0.1:${port}`
  const clientId = 'cvm-image-browser'
  const clientSecret = `idp-client-secret-${Math.random().toString(36).slice(2)}`
  const groupsOf = options.groupsOf ?? (() => [])
  // Its warnings about development keys, in-memory storage and dev interactions are expected here.
  const warn = console.warn
  console.warn = () => {}
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [new URL('/auth/callback', options.appUrl).href],
        post_logout_redirect_uris: [new URL('/', options.appUrl).href],
      },
    ],
    findAccount: (_context: unknown, login: string) => ({
      accountId: login,
      claims: () => ({
        sub: login,
        email: login,
        email_verified: true,
        name: login,
        groups: groupsOf(login),
      }),
    }),
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    pkce: { required: () => true },
    cookies: { keys: ['test-idp-cookie-key'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    features: { rpInitiatedLogout: { enabled: true, logoutSource } },
  })
  console.warn = warn
  provider.on('server_error', () => {})
  server.on('request', provider.callback())
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** The settings of an app that signs people in through `idp` at `url`, letting in example.com's accounts. */
export function oidcSettings(idp: TestIdp, url: string): Record<string, string> {
  return {
    AUTH: 'oidc',
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    PUBLIC_URL: url,
    OIDC_ALLOWED_EMAIL_DOMAINS: 'example.com',
  }
}
