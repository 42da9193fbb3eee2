/**
 * Page URLs rendered on the server: the first screen with its rows, in the page's language, so the rows show
 * before (and without) the script. The rows come the way the browser's call would get them (describeImages:
 * the cache, then one upstream call), within a deadline; past it, or on any error, the static shell goes out
 * and the browser asks itself, joining the call still in flight. A rendered page is kept with the answers it
 * read (render-cache.ts) and sent again while they are still the ones cached.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { PageRenderer } from '../../core/page-render.js'
import type { Services } from '../services.js'
import { describeImages, storedAnswer } from './describe-images.js'
import { apiInfo } from './info.js'
import { inlineStyleSheets } from './inline-styles.js'
import { createRenderCache, renderKey } from './render-cache.js'

/** Rendered pages kept per proxy: about 100 KB each. */
const RENDERED_PAGES = 64

/** The work's value, or null once `ms` have passed first (the work goes on, and fills the cache). */
function withinDeadline<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms)
  })
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

/**
 * The parsed answer to the page's call, or null: too late, refused, or not a success to render. Each answer
 * read is noted in `read` (its query → the cached answer object), so the page is kept only as long as it.
 */
function pageLoader(services: Services, deadlineMs: number, read: Map<string, object>) {
  return async (params: [string, string][]): Promise<unknown> => {
    const query = new URLSearchParams(params).toString()
    const result = await withinDeadline(describeImages(services, query, false), deadlineMs)
    if (!result?.ok) return null
    const { answer } = result.value
    read.set(query, result.value)
    return answer.kind === 'upstream' && answer.status === 200 ? JSON.parse(answer.body) : null
  }
}

/** A built file's text, or null (missing, or a path that leaves the built assets). */
function readAsset(staticRoot: string, asset: string): string | null {
  if (asset.split('/').includes('..')) return null
  try {
    return readFileSync(path.join(staticRoot, asset), 'utf8')
  } catch {
    return null
  }
}

/** The handler of `/`: the rendered page, or the static index.html when it cannot be rendered. */
export function firstScreenHandler(services: Services, renderer: PageRenderer, staticRoot: string) {
  const template = inlineStyleSheets(readFileSync(path.join(staticRoot, 'index.html'), 'utf8'), (asset) =>
    readAsset(staticRoot, asset),
  )
  const deadlineMs = services.config.render?.deadlineMs ?? 0
  const pages = createRenderCache({
    ttlMs: services.config.cacheTtlMs,
    maxEntries: RENDERED_PAGES,
    now: services.now,
  })
  const current = (query: string) => storedAnswer(services, query)
  const render = async (request: FastifyRequest, search: string, info: unknown, key: string) => {
    const read = new Map<string, object>()
    try {
      const html = await renderer.renderPage({
        template,
        search,
        acceptLanguage: request.headers['accept-language'],
        now: services.now(),
        info,
        loadPage: pageLoader(services, deadlineMs, read),
      })
      return html === null ? null : pages.set(key, html, read)
    } catch (error) {
      request.log.warn({ err: error }, 'server render failed; serving the static page')
      return null
    }
  }
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const mark = request.url.indexOf('?')
    const search = mark === -1 ? '' : request.url.slice(mark)
    const info = apiInfo(services.config, services.credentials, request.user)
    const key = renderKey({ search, acceptLanguage: request.headers['accept-language'], info })
    const html = pages.get(key, current) ?? (await render(request, search, info, key))
    if (html === null) return reply.sendFile('index.html')
    // The page holds the rows of this moment: a browser revalidates it rather than reusing it.
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html)
  }
}
