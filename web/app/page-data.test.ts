import { describe, expect, it } from 'vitest'
import type { FirstScreenData } from '../images/data/first-screen'
import { formatPageData, PAGE_DATA_ID, readPageData } from './page-data'

const DATA: FirstScreenData = {
  now: 1_700_000_000_000,
  language: 'en',
  info: { mode: 'demo' },
  page: {
    request: { region: '', imageIds: [], filters: [], offset: 0, limit: 20 },
    body: { name: '</script><!--' },
  },
}

/** Just enough of a Document for readPageData. */
function documentWith(text: string | null) {
  return {
    getElementById: (id: string) => (id === PAGE_DATA_ID && text !== null ? { textContent: text } : null),
  }
}

describe('page data', () => {
  it('has no "<" in its text, so no value can close its block or open a comment', () => {
    const text = formatPageData(DATA)
    expect(text).not.toContain('<')
    expect(readPageData(documentWith(text) as unknown as Document)).toEqual(DATA)
  })

  it('reads as absent on the static shell or a damaged block', () => {
    expect(readPageData(documentWith(null) as unknown as Document)).toBeNull()
    expect(readPageData(documentWith('{"now":') as unknown as Document)).toBeNull()
  })
})
