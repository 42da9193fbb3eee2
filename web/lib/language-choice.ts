import { LANGUAGES, type Language } from './i18n'

/** The query parameter that names the language, so a shared link shows the language it was made in. */
export const LANGUAGE_PARAM = 'lang'

/** `zh-CN` or `en`, in any case; anything else is no choice. */
export function parseLanguage(value: string | null | undefined): Language | null {
  const lower = value?.trim().toLowerCase()
  return LANGUAGES.find((language) => language.toLowerCase() === lower) ?? null
}

/** A browser language tag as one of ours: any Chinese is zh-CN, any English is en. */
function fromBrowser(tag: string): Language | null {
  const primary = tag.toLowerCase().split('-')[0]
  if (primary === 'zh') return 'zh-CN'
  return primary === 'en' ? 'en' : null
}

export interface LanguageSources {
  /** The page's query string. */
  search: string
  /** What the user picked last time, as stored. */
  saved: string | null
  /** navigator.languages, most preferred first. */
  browser: readonly string[]
}

/**
 * The language to show: the URL's `lang` wins (a shared link or a screenshot review), then the user's
 * saved choice, then the first browser language we have, else English.
 */
export function chooseLanguage({ search, saved, browser }: LanguageSources): Language {
  const fromUrl = new URLSearchParams(search)
    .getAll(LANGUAGE_PARAM)
    .map(parseLanguage)
    .find((language) => language !== null)
  if (fromUrl) return fromUrl
  const stored = parseLanguage(saved)
  if (stored) return stored
  for (const tag of browser) {
    const language = fromBrowser(tag)
    if (language) return language
  }
  return 'en'
}

/** The query string with `lang` set to the language just chosen, everything else as it was. */
export function withLanguage(search: string, language: Language): string {
  const params = new URLSearchParams(search)
  params.set(LANGUAGE_PARAM, language)
  return `?${params}`
}

/**
 * An Accept-Language header's tags, most preferred first (by q, then by order), without those refused
 * (q=0): what the server knows of navigator.languages. https://www.rfc-editor.org/rfc/rfc9110#section-12.5.4
 */
export function parseAcceptLanguage(header: string | undefined): string[] {
  const ranked = (header ?? '').split(',').flatMap((part, index) => {
    const [tag = '', ...params] = part.split(';').map((piece) => piece.trim())
    const q = params.find((param) => param.startsWith('q='))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    return tag === '' || !(weight > 0) ? [] : [{ tag, weight, index }]
  })
  return ranked.sort((a, b) => b.weight - a.weight || a.index - b.index).map(({ tag }) => tag)
}
