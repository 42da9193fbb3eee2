import type { FirstScreenData } from '../images/data/first-screen'

/**
 * The id of the `<script type="application/json">` block a server-rendered page carries its data in. A
 * JSON data block is never executed, so the proxy's Content-Security-Policy (no inline scripts) allows it.
 * https://html.spec.whatwg.org/multipage/scripting.html#data-block
 */
export const PAGE_DATA_ID = 'first-screen'

/**
 * The data as the block's text. Every `<` is escaped (JSON reads \u003c back as `<`), so no value can
 * close the block or open a comment in it.
 */
export function formatPageData(data: FirstScreenData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

/** The data of a server-rendered page; null for the static shell, which has no block. */
export function readPageData(doc: Document): FirstScreenData | null {
  const text = doc.getElementById(PAGE_DATA_ID)?.textContent
  if (!text) return null
  try {
    return JSON.parse(text) as FirstScreenData
  } catch {
    return null
  }
}
