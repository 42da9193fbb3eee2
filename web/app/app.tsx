import { useLayoutEffect } from 'react'
import { ImageBrowser } from '../images/image-browser'
import { parseViewState } from '../images/view-state/url-state'
import { useLanguage } from '../lib/i18n'
import { AppHeader } from './app-header'
import { Providers } from './providers'
import { applyThemeOverride } from './theme'

export function App() {
  // Every message is read while rendering, so a new language re-renders the whole page from here.
  useLanguage()
  useLayoutEffect(() => {
    const search = window.location.search
    applyThemeOverride(document.documentElement, search, parseViewState(search).review)
  }, [])
  return (
    <Providers>
      <ImageBrowser header={(controls) => <AppHeader>{controls}</AppHeader>} />
    </Providers>
  )
}
