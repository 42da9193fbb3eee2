import { describe, expect, it } from 'vitest'
import { parseViewState } from './url-state'
import type { ViewUpdate } from './use-view-state'
import { hiddenFields, viewHref } from './view-links'

const keep = new URLSearchParams('lang=zh-CN&theme=dark')

describe('viewHref', () => {
  it.each([
    [
      'the next page',
      '?type=custom',
      (v) => ({ ...v, page: 2 }),
      '?type=custom&page=2&lang=zh-CN&theme=dark',
    ],
    [
      'a sort, from page 1',
      '?page=3',
      (v) => ({ ...v, sort: [{ field: 'name', desc: true }], page: 1 }),
      '?sort=name%3Adesc&lang=zh-CN&theme=dark',
    ],
  ] as [string, string, ViewUpdate, string][])(
    'links %s, keeping what the view does not own',
    (_, search, change, href) => {
      expect(viewHref(parseViewState(search), change, keep)).toBe(href)
    },
  )

  it('writes the default view as "?", a link that still goes somewhere', () => {
    expect(viewHref(parseViewState('?page=2'), (v) => ({ ...v, page: 1 }), new URLSearchParams())).toBe('?')
  })
})

describe('hiddenFields', () => {
  it('carries the rest of the view, leaving out the fields the form asks for', () => {
    const view = parseViewState('?region=ap-shanghai&name=nginx&page=4')
    expect(hiddenFields(view, (v) => ({ ...v, page: 1 }), keep, ['region'])).toEqual([
      ['name', 'nginx'],
      ['lang', 'zh-CN'],
      ['theme', 'dark'],
    ])
  })

  it('keeps a repeated parameter once per value', () => {
    const view = parseViewState('?type=custom&type=shared')
    expect(hiddenFields(view, (v) => v, new URLSearchParams(), [])).toEqual([
      ['type', 'custom'],
      ['type', 'shared'],
    ])
  })
})
