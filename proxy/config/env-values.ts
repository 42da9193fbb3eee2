/** Pure readers for environment values; each returns the value or a message saying what is wrong. */

export type Env = Readonly<Record<string, string | undefined>>

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`${variable}: ${problem}`)
  }
}

/** The variable's value, with empty and blank values counted as unset. */
export function readVariable(env: Env, name: string): string | undefined {
  const value = env[name]?.trim()
  return value === undefined || value === '' ? undefined : value
}

export function readInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const text = readVariable(env, name)
  if (text === undefined) return fallback
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `expected a whole number from ${min} to ${max}, got "${text}"`)
  }
  return value
}

export function readChoice<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const text = readVariable(env, name)
  if (text === undefined) return fallback
  const choice = choices.find((candidate) => candidate === text)
  if (choice === undefined)
    throw new ConfigError(name, `expected one of ${choices.join(', ')}, got "${text}"`)
  return choice
}

export function readFlag(env: Env, name: string): boolean {
  const text = readVariable(env, name)?.toLowerCase()
  if (text === undefined || text === '0' || text === 'false') return false
  if (text === '1' || text === 'true') return true
  throw new ConfigError(name, `expected 1 or 0, got "${text}"`)
}

/** An http(s) URL with a host and a path, and nothing a signed call must not carry (query, fragment, user). */
export function readEndpoint(env: Env, name: string, fallback: string): URL {
  const text = readVariable(env, name) ?? fallback
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new ConfigError(name, `not a URL: "${text}"`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(name, `expected an https:// or http:// URL, got "${text}"`)
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new ConfigError(name, 'must not carry a query, a fragment or user info')
  }
  return url
}

/** Loopback names and addresses; anything else exposes the proxy to the network. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
}
