import { describe, expect, it } from 'vitest'
import { type AllImages, type Image, SORT_ALL_CAP } from '../images/public'
import { countsCsv, scopeWords } from './chart-words'
import { loadSummaryImages } from './use-summary-images'

const image = (id: string) => ({ id }) as Image

describe('loadSummaryImages', () => {
  it('counts every image when the result is within the cap', async () => {
    const asked: (number | undefined)[] = []
    const result = await loadSummaryImages(async (take) => {
      asked.push(take)
      return { kind: 'complete', images: [image('img-1')], totalCount: 1 }
    })
    expect(result).toEqual({ kind: 'complete', images: [image('img-1')], totalCount: 1 })
    expect(asked).toEqual([undefined])
  })

  it('above the cap loads the first images, as the sort would, and keeps the whole total', async () => {
    const asked: (number | undefined)[] = []
    const result = await loadSummaryImages(async (take): Promise<AllImages> => {
      asked.push(take)
      return take === undefined
        ? { kind: 'too-many', totalCount: 20_000 }
        : { kind: 'complete', images: [image('img-1'), image('img-2')], totalCount: 2 }
    })
    expect(asked).toEqual([undefined, SORT_ALL_CAP])
    expect(result.totalCount).toBe(20_000)
    expect(result.images).toHaveLength(2)
  })
})

describe('scopeWords', () => {
  it.each([
    [{ loaded: 240, total: 240, counted: 240, filtered: false }, 'All 240 images'],
    [{ loaded: 1, total: 1, counted: 1, filtered: false }, 'The only image'],
    [
      { loaded: 6000, total: 20000, counted: 6000, filtered: false },
      'First 6,000 of 20,000 images (the most loaded at once)',
    ],
    [
      { loaded: 240, total: 240, counted: 31, filtered: true },
      'All 240 images; 31 images kept by the browser-side filters',
    ],
  ])('%j reads %s', (input, words) => {
    expect(scopeWords(input)).toBe(words)
  })
})

describe('countsCsv', () => {
  it('writes one line per bar, with the value as the API writes it and its words', () => {
    const csv = countsCsv([
      { id: 'type', bars: [{ key: 'PRIVATE_IMAGE', count: 3 }] },
      { id: 'age', bars: [{ key: '30d', count: 1 }] },
    ])
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFChart,Value,Label,Images',
      'Images by type,PRIVATE_IMAGE,Custom,3',
      'Images by age,30d,Within 30 days,1',
      '',
    ])
  })
})
