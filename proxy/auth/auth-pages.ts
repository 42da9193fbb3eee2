/**
 * The small pages of sign-in's refusals: who was refused and why, and what to do next, in English or
 * Simplified Chinese after Accept-Language. Inline styles only (the CSP allows no inline script).
 */
import { escapeHtml, smallPage } from '../http/not-found-page.js'
import type { RefusalReason } from './admission.js'

export type Language = 'en' | 'zh-CN'

export type AuthPageKind = RefusalReason | 'bad-callback' | 'idp-unavailable' | 'idp-refused' | 'no-user'

interface Words {
  title: string
  body: string
  action: string
}

const EN: Record<AuthPageKind, Words> = {
  domain: {
    title: 'Access denied',
    body: 'The account {user} is not in a domain allowed to use this CVM Image Browser.',
    action: 'Sign in with another account',
  },
  group: {
    title: 'Access denied',
    body: 'The account {user} is not in a group allowed to use this CVM Image Browser.',
    action: 'Sign in with another account',
  },
  'email-missing': {
    title: 'Access denied',
    body: 'The identity provider gave no email address for {user}, and this CVM Image Browser admits users by their email domain.',
    action: 'Sign in with another account',
  },
  'email-unverified': {
    title: 'Access denied',
    body: 'The identity provider has not verified the email address of {user}.',
    action: 'Sign in with another account',
  },
  'bad-callback': {
    title: 'Sign-in not completed',
    body: 'This sign-in answer is not valid here, or it was used already. Nothing was changed.',
    action: 'Sign in again',
  },
  'idp-refused': {
    title: 'Sign-in not completed',
    body: 'The identity provider did not complete the sign-in. Nothing was changed.',
    action: 'Sign in again',
  },
  'idp-unavailable': {
    title: 'Sign-in is unavailable',
    body: 'The identity provider cannot be reached or is not set up for this app, so sign-in cannot start now. Users already signed in are not affected.',
    action: 'Try again',
  },
  'no-user': {
    title: 'Sign-in required',
    body: "This CVM Image Browser is reached through your company's sign-in proxy, which did not say who you are.",
    action: 'Try again',
  },
}

const ZH: Record<AuthPageKind, Words> = {
  domain: {
    title: '无权访问',
    body: '账号 {user} 所在的域名未被允许使用此 CVM 镜像浏览器。',
    action: '使用其他账号登录',
  },
  group: {
    title: '无权访问',
    body: '账号 {user} 不在允许使用此 CVM 镜像浏览器的用户组中。',
    action: '使用其他账号登录',
  },
  'email-missing': {
    title: '无权访问',
    body: '身份提供商未提供 {user} 的邮箱地址，而此 CVM 镜像浏览器按邮箱域名准入用户。',
    action: '使用其他账号登录',
  },
  'email-unverified': {
    title: '无权访问',
    body: '身份提供商尚未验证 {user} 的邮箱地址。',
    action: '使用其他账号登录',
  },
  'bad-callback': {
    title: '登录未完成',
    body: '此登录响应在这里无效，或已被使用过。未做任何更改。',
    action: '重新登录',
  },
  'idp-refused': {
    title: '登录未完成',
    body: '身份提供商未完成登录。未做任何更改。',
    action: '重新登录',
  },
  'idp-unavailable': {
    title: '暂时无法登录',
    body: '无法连接身份提供商，或其未为此应用完成配置，因此现在无法开始登录。已登录的用户不受影响。',
    action: '重试',
  },
  'no-user': {
    title: '需要登录',
    body: '此 CVM 镜像浏览器通过贵公司的登录代理访问，但该代理未提供您的身份。',
    action: '重试',
  },
}

export const AUTH_PAGE_WORDS: Record<Language, Record<AuthPageKind, Words>> = { en: EN, 'zh-CN': ZH }

export function pageLanguage(acceptLanguage: string | undefined): Language {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? ''
  return first.startsWith('zh') ? 'zh-CN' : 'en'
}

export interface AuthPage {
  kind: AuthPageKind
  language: Language
  user?: string
  /** Where the page's one link goes: sign-in again, or the page to retry. */
  next: string
}

export function authPage({ kind, language, user, next }: AuthPage): string {
  const words = AUTH_PAGE_WORDS[language][kind]
  const body = escapeHtml(words.body).replace('{user}', `<strong>${escapeHtml(user ?? '')}</strong>`)
  const product = language === 'zh-CN' ? 'CVM 镜像浏览器' : 'CVM Image Browser'
  return smallPage({
    language,
    title: words.title,
    product,
    body,
    link: { href: next, text: words.action },
  })
}
