/**
 * The small page a browser gets for an address that is not the app: it says so and links back, instead of
 * showing an API error envelope. Inline styles only (the CSP allows them; it allows no inline script).
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
}

/**
 * A page of its own, outside the app: a title, one paragraph (already escaped HTML) and one link, in the
 * page's language, light or dark as the system is.
 */
export function smallPage(page: {
  language: string
  title: string
  product: string
  body: string
  link: { href: string; text: string }
}): string {
  return `<!doctype html>
<html lang="${escapeHtml(page.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(page.title)} · ${escapeHtml(page.product)}</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; max-width: 34rem; margin: 15vh auto; padding: 0 1.5rem; }
h1 { font-size: 1.25rem; margin: 0 0 0.5rem; }
code, strong { word-break: break-all; }
code { font-size: 0.9em; }
a { color: #2563eb; }
@media (prefers-color-scheme: dark) { a { color: #60a5fa; } }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(page.title)}</h1>
<p>${page.body}</p>
<p><a href="${escapeHtml(page.link.href)}">${escapeHtml(page.link.text)}</a></p>
</main>
</body>
</html>
`
}

export function notFoundPage(path: string): string {
  return smallPage({
    language: 'en',
    title: 'Page not found',
    product: 'CVM Image Browser',
    body: `There is no page at <code>${escapeHtml(path)}</code>.`,
    link: { href: '/', text: 'Go to the CVM Image Browser' },
  })
}
