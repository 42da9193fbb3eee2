import { describe, expect, it } from 'vitest'
import { safeReturnPath } from './return-path.js'

describe('safeReturnPath', () => {
  it.each([
    ['/', '/'],
    ['/?Region=ap-guangzhou&page=2', '/?Region=ap-guangzhou&page=2'],
    ['/images/img-1?x=1#frag', '/images/img-1?x=1'],
    ['/a/../b', '/b'],
  ])('keeps the path on this site %s', (given, kept) => {
    expect(safeReturnPath(given)).toBe(kept)
  })

  it.each([
    ['another origin', 'https://evil.example/'],
    ['a protocol-relative address', '//evil.example/path'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['a tab browsers drop', '/\t/evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'images'],
    ['the sign-in route itself', '/auth/login?return=/'],
    ['the callback', '/auth/callback?code=x'],
    ['nothing', undefined],
    ['an array of values', ['/a', '/b']],
    ['a very long path', `/${'a'.repeat(3000)}`],
  ])('goes home instead of following %s', (_what, given) => {
    expect(safeReturnPath(given)).toBe('/')
  })
})
