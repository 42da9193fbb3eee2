export type ThemeOverride = 'dark' | 'light' | null

/** `?theme=dark|light` overrides the system colour scheme; anything else leaves it to the system. */
export function parseTheme(search: string): ThemeOverride {
  const value = new URLSearchParams(search).get('theme')
  return value === 'dark' || value === 'light' ? value : null
}

/** The `<html>` attributes the URL's display overrides set: `data-theme`, and `data-review` in review mode. */
export function themeAttributes(
  search: string,
  review: boolean,
): { theme: 'dark' | 'light' | null; review: boolean } {
  return { theme: parseTheme(search) ?? (review ? 'light' : null), review }
}

/**
 * Applies the URL's display overrides once at start; the CSS `dark` and `review` variants read the
 * attributes (see index.css). Review mode is light unless the URL asks for dark, whatever the system says.
 */
export function applyThemeOverride(root: HTMLElement, search: string, review = false): void {
  const { theme } = themeAttributes(search, review)
  if (theme) root.dataset.theme = theme
  else delete root.dataset.theme
  if (review) root.dataset.review = ''
  else delete root.dataset.review
}
