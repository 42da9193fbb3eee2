import { describe, expect, it } from 'vitest'
import { cookieNames } from './cookie-names.js'

describe('cookieNames', () => {
  it.each([
    [
      'https://images.example.com/',
      { session: '__Host-cvm-session', signIn: '__Host-cvm-sign-in', secure: true },
    ],
    ['https://10.0.0.5:8443/', { session: '__Host-cvm-session', signIn: '__Host-cvm-sign-in', secure: true }],
    ['http://127.0.0.1:8080/', { session: 'cvm-session', signIn: 'cvm-sign-in', secure: false }],
    ['http://localhost/', { session: 'cvm-session', signIn: 'cvm-sign-in', secure: false }],
  ])('names the cookies for %s', (url, naming) => {
    expect(cookieNames(new URL(url))).toEqual(naming)
  })
})
