import { PAGE_DATA_ID } from '../app/page-data'

/** What a rendered page puts into the built index.html. */
export interface PageParts {
  language: string
  title: string
  theme: 'dark' | 'light' | null
  review: boolean
  /** React's markup of the app, for inside `#root`. */
  body: string
  /** The page data, already escaped for a data block (formatPageData). */
  data: string
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;')

/**
 * The built index.html with the rendered app in `#root`, the page data after it, and `<html>` carrying
 * the language and the display overrides the browser would otherwise set before its first paint
 * (web/app/theme.ts), so nothing changes when the script takes over. Null when the template has not the
 * shape Vite builds (then the proxy serves it as it is).
 */
export function fillTemplate(template: string, parts: PageParts): string | null {
  const html = /<html[^>]*>/
  const title = /<title>[^<]*<\/title>/
  const root = '<div id="root"></div>'
  if (!html.test(template) || !title.test(template) || !template.includes(root)) return null
  const attributes = [
    `lang="${escapeAttribute(parts.language)}"`,
    parts.theme ? `data-theme="${parts.theme}"` : '',
    parts.review ? 'data-review=""' : '',
  ].filter(Boolean)
  const block = `<script type="application/json" id="${PAGE_DATA_ID}">${parts.data}</script>`
  return template
    .replace(html, () => `<html ${attributes.join(' ')}>`)
    .replace(title, () => `<title>${escapeText(parts.title)}</title>`)
    .replace(root, () => `<div id="root">${parts.body}</div>${block}`)
}
