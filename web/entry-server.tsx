/**
 * The server render of the first screen, built for Node by `vite build --ssr` into dist-ssr/ and loaded by
 * the proxy (proxy/routes/first-screen.ts). It renders what the browser would: the same App, the same
 * words, the same query cache (seeded from the proxy's answers), and hands the browser that cache in the
 * page, so hydration asks for nothing again and meets the markup it expects.
 */
import { Writable } from 'node:stream'
import { StrictMode } from 'react'
import { renderToPipeableStream } from 'react-dom/server'
import { formatDescribeImagesParams } from '../core/describe-images'
import type { PageRenderer, RenderRequest } from '../core/page-render'
import { App } from './app/app'
// Registers the catalogues, each a chunk of the server bundle as of the browser's.
import './app/language'
import { formatPageData } from './app/page-data'
import { createQueryClient } from './app/providers'
import { themeAttributes } from './app/theme'
import { type FirstScreenData, firstPageRequest, seedFirstScreen } from './images/data/first-screen'
import { parseViewState } from './images/view-state/url-state'
import { ServerSearchContext } from './images/view-state/use-view-state'
import { endPageRender, startPageRender } from './lib/hydration'
import { currentLanguage, keepToFirstWords, loadLanguage, t } from './lib/i18n'
import { chooseLanguage, parseAcceptLanguage } from './lib/language-choice'
import { fillTemplate } from './server/page-html'

keepToFirstWords()

/** Words and "now" are module state (web/lib/i18n.ts, web/lib/hydration.ts): one page renders at a time. */
let queue: Promise<unknown> = Promise.resolve()
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work)
  queue = run.catch(() => undefined)
  return run
}

/** React's streaming renderer, read to the end once every Suspense boundary (a lazy drawer) is ready. */
function renderMarkup(data: FirstScreenData, search: string): Promise<string> {
  const client = createQueryClient()
  seedFirstScreen(client, data)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk)
        done()
      },
      final(done) {
        resolve(Buffer.concat(chunks).toString('utf8'))
        done()
      },
    })
    const stream = renderToPipeableStream(
      <StrictMode>
        <ServerSearchContext value={search}>
          <App client={client} />
        </ServerSearchContext>
      </StrictMode>,
      {
        // Every boundary inline: an outlined one would be moved into place by an inline script, which the
        // proxy's Content-Security-Policy forbids. https://react.dev/reference/react-dom/server/renderToPipeableStream#parameters
        progressiveChunkSize: Number.POSITIVE_INFINITY,
        onAllReady: () => stream.pipe(sink),
        onShellError: reject,
        // An error inside a boundary would leave the browser to render that part: serve the shell instead.
        onError: (error) => reject(error),
      },
    )
  })
}

/**
 * The whole page for a page URL, or null when the rows could not be had (the proxy then serves the static
 * shell and the browser fetches them itself). An ID lookup or tag chips render as their loading state, and a
 * sort across pages as its first page sorted alone: the rest of those rows come from calls the browser makes.
 */
export const renderPage: PageRenderer['renderPage'] = async (input: RenderRequest) => {
  const { search, now } = input
  const request = firstPageRequest(search)
  let page: FirstScreenData['page'] = null
  if (request) {
    const body = await input.loadPage(formatDescribeImagesParams(request))
    if (body === null) return null
    page = { request, body }
  }
  const language = chooseLanguage({ search, saved: null, browser: parseAcceptLanguage(input.acceptLanguage) })
  return oneAtATime(async () => {
    await loadLanguage(language)
    const data: FirstScreenData = { now, language: currentLanguage(), info: input.info, page }
    startPageRender(now)
    try {
      const body = await renderMarkup(data, search)
      const { theme, review } = themeAttributes(search, parseViewState(search).review)
      return fillTemplate(input.template, {
        language: data.language,
        title: t('app.title'),
        theme,
        review,
        body,
        data: formatPageData(data),
      })
    } finally {
      endPageRender()
    }
  })
}
