/** The server render of page URLs as the proxy sees it: built from web/ into dist-ssr/, loaded at start. */
import { existsSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import type { PageRenderer } from '../../core/page-render.js'
import type { Config } from '../config/config.js'

/**
 * The renderer (`given`, else the built one), unless rendering is off (SSR=0), there are no pages to serve,
 * or it was never built.
 */
export async function loadRenderer(config: Config, given?: PageRenderer): Promise<PageRenderer | null> {
  const file = config.render?.module
  if (!file || !config.staticRoot) return null
  if (given) return given
  return existsSync(file) ? ((await import(pathToFileURL(file).href)) as PageRenderer) : null
}
