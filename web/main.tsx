import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { chosenLanguage, startLanguage } from './app/language'
import { readPageData } from './app/page-data'
import { queryClient } from './app/providers'
import { seedFirstScreen } from './images/data/first-screen'
import { prefetchFirstPage } from './images/data/prefetch-first-page'
import { startPageRender } from './lib/hydration'
import './app/index.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const mount = root
const app = (
  <StrictMode>
    <App />
  </StrictMode>
)
/**
 * How far this browser's clock may run ahead of the server's for the page's answers to still count as fresh
 * while it hydrates: past it, TanStack Query would start refetching during hydration and the screen would
 * differ from the server's (a busy table), so the page is rendered here instead, from the same answers.
 */
const CLOCK_SKEW_MS = 10_000

const rendered = readPageData(document)

if (rendered && Date.now() - rendered.now > CLOCK_SKEW_MS) {
  seedFirstScreen(queryClient, { ...rendered, now: Date.now() })
  void startLanguage().then(() => createRoot(mount).render(app))
} else if (rendered) {
  // The proxy rendered the first screen: hydrate it from the answers it was rendered with, in its language,
  // then switch to the user's own language if they saved another one.
  seedFirstScreen(queryClient, rendered)
  startPageRender(rendered.now)
  void startLanguage(rendered.language).then(() => {
    hydrateRoot(mount, app)
    const own = chosenLanguage()
    if (own !== rendered.language) void startLanguage(own)
  })
} else {
  // The first page's request and the language's catalogue travel together; React renders once both can.
  prefetchFirstPage(queryClient, window.location.search)
  void startLanguage().then(() => createRoot(mount).render(app))
}
