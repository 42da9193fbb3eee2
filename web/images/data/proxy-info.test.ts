import { describe, expect, it } from 'vitest'
import { parseInfo } from './images-query'

describe('parseInfo', () => {
  it.each([
    [
      'a signed-in user who can sign out',
      { user: 'alice@example.com', signOut: true },
      { user: 'alice@example.com', signOut: true },
    ],
    [
      'a user named by the auth proxy',
      { user: 'bob@example.com', signOut: false },
      { user: 'bob@example.com', signOut: false },
    ],
    ['no user', { user: null, signOut: false }, { user: null, signOut: false }],
    ['an older proxy that names nobody', {}, { user: null, signOut: false }],
    ['values of the wrong kind', { user: 42, signOut: 'yes' }, { user: null, signOut: false }],
    ['an empty name', { user: '', signOut: true }, { user: null, signOut: true }],
  ])('reads %s', (_what, body, expected) => {
    expect(parseInfo({ mode: 'live', api: 'v3', ...body })).toMatchObject(expected)
  })
})
