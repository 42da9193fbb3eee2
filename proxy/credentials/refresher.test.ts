import { describe, expect, it } from 'vitest'
import { Secret } from '../config/secret.js'
import { CredentialsUnavailableError } from './provider.js'
import { createRefreshingProvider, type KeySource, type TemporaryKeys } from './refresher.js'

/** A source whose fetches the test settles by hand, counting them. */
function manualSource() {
  const pending: Array<{ resolve: (keys: TemporaryKeys) => void; reject: (error: Error) => void }> = []
  let serial = 0
  const source: KeySource = {
    kind: 'cvm-role',
    role: 'role',
    fetch: () => new Promise((resolve, reject) => pending.push({ resolve, reject })),
  }
  const keys = (lifetimeMs: number): TemporaryKeys => {
    serial += 1
    return {
      credentials: {
        secretId: `AKIDtest${serial}0000`,
        secretKey: new Secret(`k${serial}`),
        token: new Secret('t'),
      },
      expiresAtMs: Date.now() + lifetimeMs,
    }
  }
  return { source, pending, keys }
}

const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('the refreshing provider', () => {
  it('shares one fetch among every caller waiting for keys', async () => {
    const { source, pending, keys } = manualSource()
    const provider = createRefreshingProvider(source)
    const callers = Array.from({ length: 10 }, () => provider.current())
    await settle()
    expect(pending).toHaveLength(1)
    const first = keys(60_000)
    pending[0]?.resolve(first)
    expect(new Set(await Promise.all(callers))).toEqual(new Set([first.credentials]))
    provider.close()
  })

  it('never caches a failure: the next caller without keys fetches again', async () => {
    const { source, pending, keys } = manualSource()
    const provider = createRefreshingProvider(source)
    const failed = provider.current()
    pending[0]?.reject(new Error('cvm-role: the metadata service could not be reached: ECONNREFUSED'))
    await expect(failed).rejects.toThrow(CredentialsUnavailableError)
    await expect(failed).rejects.toThrow(/cvm-role: the metadata service could not be reached/)
    expect(provider.status()).toMatchObject({
      usable: false,
      lastError: expect.stringMatching(/ECONNREFUSED/),
    })
    const retried = provider.current()
    await settle()
    expect(pending).toHaveLength(2)
    pending[1]?.resolve(keys(60_000))
    expect((await retried).secretId).toBe('AKIDtest10000')
    expect(provider.status()).toMatchObject({ usable: true, lastError: null, secretId: 'AKID…0000' })
    provider.close()
  })

  it('keeps signing with the current keys while a forced refresh is under way, then hands out the new ones', async () => {
    const { source, pending, keys } = manualSource()
    const provider = createRefreshingProvider(source)
    const first = keys(60_000)
    pending[0]?.resolve(first)
    expect(await provider.current()).toBe(first.credentials)
    const refreshed = [provider.refresh(first.credentials), provider.refresh(first.credentials)]
    await settle()
    expect(pending).toHaveLength(2)
    expect(await provider.current()).toBe(first.credentials)
    const second = keys(60_000)
    pending[1]?.resolve(second)
    expect(await Promise.all(refreshed)).toEqual([second.credentials, second.credentials])
    // A refusal of keys already replaced asks for nothing new.
    expect(await provider.refresh(first.credentials)).toBe(second.credentials)
    expect(pending).toHaveLength(2)
    provider.close()
  })

  it('refuses keys that arrive already expired', async () => {
    const { source, pending, keys } = manualSource()
    const provider = createRefreshingProvider(source)
    const answer = provider.current()
    pending[0]?.resolve(keys(-1_000))
    await expect(answer).rejects.toThrow(/already past/)
    provider.close()
  })
})
