/**
 * Who may enter after the identity provider has vouched for them: OIDC_ALLOWED_EMAIL_DOMAINS and
 * OIDC_ALLOWED_GROUPS. Each rule that is set must hold; a refusal says which one did not.
 */
export interface AdmissionRule {
  allowedDomains: readonly string[]
  allowedGroups: readonly string[]
}

export interface IdentityClaims {
  sub: string
  email?: unknown
  email_verified?: unknown
  preferred_username?: unknown
  groups?: unknown
}

export type RefusalReason = 'email-missing' | 'email-unverified' | 'domain' | 'group'

export type Admission = { ok: true; user: string } | { ok: false; user: string; reason: RefusalReason }

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/** The name the app shows and audits: the email, else the username, else the subject. */
export function userName(claims: IdentityClaims): string {
  return text(claims.email) ?? text(claims.preferred_username) ?? claims.sub
}

function groupsOf(claims: IdentityClaims): string[] {
  const { groups } = claims
  if (typeof groups === 'string') return [groups]
  return Array.isArray(groups) ? groups.filter((group): group is string => typeof group === 'string') : []
}

function domainRefusal(claims: IdentityClaims, domains: readonly string[]): RefusalReason | null {
  if (domains.length === 0) return null
  const email = text(claims.email)
  if (email === undefined) return 'email-missing'
  // A provider that says the address is unverified does not vouch for its domain.
  if (claims.email_verified === false) return 'email-unverified'
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase()
  return email.includes('@') && domains.includes(domain) ? null : 'domain'
}

export function admit(claims: IdentityClaims, rule: AdmissionRule): Admission {
  const user = userName(claims)
  const domain = domainRefusal(claims, rule.allowedDomains)
  if (domain) return { ok: false, user, reason: domain }
  if (rule.allowedGroups.length > 0) {
    const groups = groupsOf(claims)
    if (!rule.allowedGroups.some((group) => groups.includes(group)))
      return { ok: false, user, reason: 'group' }
  }
  return { ok: true, user }
}
