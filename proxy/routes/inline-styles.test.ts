import { describe, expect, it } from 'vitest'
import { inlineStyleSheets } from './inline-styles.js'

const page = (head: string) =>
  `<!doctype html><html><head><meta charset="UTF-8" />${head}</head><body></body></html>`
const sheets: Record<string, string> = {
  'assets/index-abc.css': '.a{color:red}',
  'assets/evil.css': '.a{content:"</style><script>"}',
}
const read = (path: string) => sheets[path] ?? null

describe('inlineStyleSheets', () => {
  it.each([
    [
      'a built sheet becomes a style element',
      '<link rel="stylesheet" crossorigin href="/assets/index-abc.css">',
      '<style>.a{color:red}</style>',
    ],
    [
      'a sheet that cannot be read stays a link',
      '<link rel="stylesheet" href="/assets/gone.css">',
      '<link rel="stylesheet" href="/assets/gone.css">',
    ],
    [
      'text that could close the element stays a link',
      '<link rel="stylesheet" href="/assets/evil.css">',
      '<link rel="stylesheet" href="/assets/evil.css">',
    ],
    [
      'a sheet outside the built assets stays a link',
      '<link rel="stylesheet" href="https://cdn.example/x.css">',
      '<link rel="stylesheet" href="https://cdn.example/x.css">',
    ],
    [
      'other links are left alone',
      '<link rel="icon" href="/favicon.svg" />',
      '<link rel="icon" href="/favicon.svg" />',
    ],
  ])('%s', (_case, head, expected) => {
    expect(inlineStyleSheets(page(head), read)).toBe(page(expected))
  })

  it('inlines every sheet, in order', () => {
    const twice =
      '<link rel="stylesheet" href="/assets/index-abc.css"><link rel="stylesheet" href="/assets/index-abc.css">'
    expect(inlineStyleSheets(page(twice), read)).toBe(
      page('<style>.a{color:red}</style><style>.a{color:red}</style>'),
    )
  })
})
