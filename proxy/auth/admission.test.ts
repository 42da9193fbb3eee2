import { describe, expect, it } from 'vitest'
import { type AdmissionRule, admit, type IdentityClaims } from './admission.js'

const DOMAINS: AdmissionRule = { allowedDomains: ['example.com'], allowedGroups: [] }
const GROUPS: AdmissionRule = { allowedDomains: [], allowedGroups: ['ops', 'sre'] }
const BOTH: AdmissionRule = { allowedDomains: ['example.com'], allowedGroups: ['ops'] }

describe('admit', () => {
  it.each<[string, IdentityClaims, AdmissionRule, string]>([
    [
      'an address in an allowed domain',
      { sub: '1', email: 'alice@example.com' },
      DOMAINS,
      'alice@example.com',
    ],
    [
      'the domain in any case',
      { sub: '1', email: 'Bob@EXAMPLE.com', email_verified: true },
      DOMAINS,
      'Bob@EXAMPLE.com',
    ],
    [
      'a member of an allowed group',
      { sub: '2', preferred_username: 'carol', groups: ['sre'] },
      GROUPS,
      'carol',
    ],
    ['a single group given as text', { sub: '3', groups: 'ops' }, GROUPS, '3'],
    ['both rules holding', { sub: '4', email: 'dan@example.com', groups: ['ops'] }, BOTH, 'dan@example.com'],
  ])('lets in %s', (_what, claims, rule, user) => {
    expect(admit(claims, rule)).toEqual({ ok: true, user })
  })

  it.each<[string, IdentityClaims, AdmissionRule, string]>([
    ['an address in another domain', { sub: '1', email: 'eve@example.org' }, DOMAINS, 'domain'],
    ['a look-alike subdomain', { sub: '1', email: 'eve@evil.example.com' }, DOMAINS, 'domain'],
    ['the domain only as a suffix', { sub: '1', email: 'eve@notexample.com' }, DOMAINS, 'domain'],
    ['no email at all', { sub: '1' }, DOMAINS, 'email-missing'],
    [
      'an email the provider has not verified',
      { sub: '1', email: 'a@example.com', email_verified: false },
      DOMAINS,
      'email-unverified',
    ],
    ['a member of no allowed group', { sub: '1', groups: ['dev'] }, GROUPS, 'group'],
    ['no groups claim', { sub: '1' }, GROUPS, 'group'],
    ['groups that are not text', { sub: '1', groups: [1, { name: 'ops' }] }, GROUPS, 'group'],
    ['the domain without the group', { sub: '1', email: 'a@example.com', groups: ['dev'] }, BOTH, 'group'],
    ['the group without the domain', { sub: '1', email: 'a@example.org', groups: ['ops'] }, BOTH, 'domain'],
  ])('refuses %s', (_what, claims, rule, reason) => {
    expect(admit(claims, rule)).toMatchObject({ ok: false, reason })
  })
})
