/**
 * The page template with its style sheets written into it. The first paint waits for every style sheet, and a
 * sheet fetched beside the page shares the connections and the server with the sixteen module scripts the
 * page preloads: on the 2-core bench it arrived 60–140 ms after the page itself (docs/BENCHMARKS.md). Inlined,
 * it arrives with the rows. A sheet that cannot be read, or whose text could end the element, stays a link.
 */
const SHEET_LINK = /<link rel="stylesheet"[^>]*href="\/(assets\/[^"?#]+\.css)"[^>]*>/g

export function inlineStyleSheets(html: string, readAsset: (path: string) => string | null): string {
  return html.replace(SHEET_LINK, (link, asset: string) => {
    const text = readAsset(asset)
    if (text === null || /<\/style/i.test(text)) return link
    return `<style>${text}</style>`
  })
}
