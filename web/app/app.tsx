import type { QueryClient } from '@tanstack/react-query'
import { useEffect, useLayoutEffect } from 'react'
import { ImageBrowser } from '../images/image-browser'
import { parseViewState } from '../images/view-state/url-state'
import { endPageRender } from '../lib/hydration'
import { useLanguage } from '../lib/i18n'
import { AppHeader } from './app-header'
import { Providers } from './providers'
import { applyThemeOverride } from './theme'

/** The whole page; `client` is the server's per-page query client, the page's own in the browser. */
export function App({ client }: { client?: QueryClient }) {
  // Every message is read while rendering, so a new language re-renders the whole page from here.
  useLanguage()
  useLayoutEffect(() => {
    const search = window.location.search
    applyThemeOverride(document.documentElement, search, parseViewState(search).review)
  }, [])
  useEffect(() => {
    // The page has committed (hydrated, or rendered here): from now on values read from the browser apply,
    // and `data-app-ready` tells the e2e suite and the bench that input is answered.
    endPageRender()
    document.documentElement.dataset.appReady = ''
  }, [])
  return (
    <Providers client={client}>
      <ImageBrowser header={(controls, fold) => <AppHeader fold={fold}>{controls}</AppHeader>} />
    </Providers>
  )
}
