export type ThemeOverride = 'dark' | 'light' | null

/** `?theme=dark|light` overrides the system colour scheme; anything else leaves it to the system. */
export function parseTheme(search: string): ThemeOverride {
  const value = new URLSearchParams(search).get('theme')
  return value === 'dark' || value === 'light' ? value : null
}

/** Applies the override once at start; the CSS dark variant reads the attribute (see index.css). */
export function applyThemeOverride(root: HTMLElement, search: string): void {
  const theme = parseTheme(search)
  if (theme) root.dataset.theme = theme
  else delete root.dataset.theme
}
