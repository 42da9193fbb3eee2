/**
 * The contract between the proxy and the web app's server render (web/entry-server.tsx, built into
 * dist-ssr/): not Tencent's protocol, but known to both sides, and core/ is the one place both import.
 */

export interface RenderRequest {
  /** The built index.html. */
  template: string
  /** The page URL's query string, `?…` or ''. */
  search: string
  acceptLanguage: string | undefined
  /** The server's clock, ms. */
  now: number
  /** /api/info's answer. */
  info: unknown
  /**
   * The proxy's answer (parsed JSON) to a DescribeImages call given as the browser's query parameters;
   * null when there is none to render from (past the deadline, or an error the browser should meet itself).
   */
  loadPage: (params: [string, string][]) => Promise<unknown>
}

/** What dist-ssr/entry-server.js exports: the whole page for a page URL, or null to serve the static shell. */
export interface PageRenderer {
  renderPage(input: RenderRequest): Promise<string | null>
}
