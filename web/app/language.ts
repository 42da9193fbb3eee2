import { currentLanguage, type Language, loadLanguage, registerCatalogues, t } from '../lib/i18n'
import { chooseLanguage, withLanguage } from '../lib/language-choice'

const STORAGE_KEY = 'cvm-image-browser.language'

// Each catalogue is a chunk of its own: the first load fetches only the language it shows.
registerCatalogues({
  en: { first: () => import('../locales/en'), later: () => import('../locales/en/later') },
  'zh-CN': { first: () => import('../locales/zh-CN'), later: () => import('../locales/zh-CN/later') },
})

function readSaved(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

/** Makes a language the page's: its words, `<html lang>` (for fonts and screen readers) and the title. */
async function showLanguage(language: Language): Promise<void> {
  await loadLanguage(language)
  document.documentElement.lang = currentLanguage()
  document.title = t('app.title')
}

/** The language the page opens in: the URL's, then the saved choice, then the browser's. */
export function chosenLanguage(): Language {
  return chooseLanguage({
    search: window.location.search,
    saved: readSaved(),
    browser: navigator.languages ?? [navigator.language],
  })
}

/**
 * Makes `language` (by default the chosen one; a server-rendered page's own, to hydrate in) the page's,
 * ready before rendering; English if its words cannot be fetched.
 */
export function startLanguage(language = chosenLanguage()): Promise<void> {
  return showLanguage(language).catch((error: unknown) => {
    if (language === 'en') throw error
    return showLanguage('en')
  })
}

/**
 * The user's pick from the header: shown at once, without a reload; remembered for the next visit; and
 * written into the URL, so that a link copied from now on opens in this language. The rest of the view
 * stays as it was.
 */
export async function chooseAndShowLanguage(language: Language): Promise<void> {
  await showLanguage(language)
  try {
    window.localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Storage can be full or switched off; the choice still holds for this page and its links.
  }
  const { location, history } = window
  const url = `${location.pathname}${withLanguage(location.search, language)}${location.hash}`
  history.replaceState(history.state, '', url)
}
