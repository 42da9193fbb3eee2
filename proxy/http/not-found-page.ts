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

export function notFoundPage(path: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Page not found · CVM Image Browser</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; max-width: 32rem; margin: 15vh auto; padding: 0 1.5rem; }
h1 { font-size: 1.25rem; margin: 0 0 0.5rem; }
code { font-size: 0.9em; word-break: break-all; }
a { color: #2563eb; }
@media (prefers-color-scheme: dark) { a { color: #60a5fa; } }
</style>
</head>
<body>
<main>
<h1>Page not found</h1>
<p>There is no page at <code>${escapeHtml(path)}</code>.</p>
<p><a href="/">Go to the CVM Image Browser</a></p>
</main>
</body>
</html>
`
}
