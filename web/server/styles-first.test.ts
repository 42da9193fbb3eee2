import { describe, expect, it } from 'vitest'
import { stylesFirst } from './styles-first'

const built = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>CVM Image Browser</title>
    <script type="module" crossorigin src="/assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/i18n-b.js">
    <link rel="stylesheet" crossorigin href="/assets/index-c.css">
  </head>`

describe('stylesFirst', () => {
  it('puts the style sheet before the scripts and their preloads, once', () => {
    const page = stylesFirst(built)
    const sheet = page.indexOf('rel="stylesheet"')
    expect(sheet).toBeGreaterThan(page.indexOf('<meta charset'))
    expect(sheet).toBeLessThan(page.indexOf('<script'))
    expect(sheet).toBeLessThan(page.indexOf('modulepreload'))
    expect(page.match(/rel="stylesheet"/g)).toHaveLength(1)
  })

  it('leaves a page without a style sheet as it is', () => {
    const page = built.replace(/\s*<link rel="stylesheet"[^>]*>/, '')
    expect(stylesFirst(page)).toBe(page)
  })
})
