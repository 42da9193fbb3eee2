import { describe, expect, it } from 'vitest'
import { searchRegions } from './region-search'

const catalog: Record<string, string[]> = {
  'ap-guangzhou': ['img-aaa'],
  'ap-singapore': ['img-bbb', 'img-aaa'],
  'na-ashburn': [],
  'eu-frankfurt': ['img-ccc'],
}

describe('searchRegions', () => {
  it('lists where each ID was found, in region order, and which IDs no region has', async () => {
    const result = await searchRegions({
      regions: Object.keys(catalog),
      ids: ['img-aaa', 'img-bbb', 'img-zzz'],
      find: async (region) => (catalog[region] ?? []).filter((id) => id !== 'img-ccc'),
    })
    expect(result.found).toEqual([
      { id: 'img-aaa', regions: ['ap-guangzhou', 'ap-singapore'] },
      { id: 'img-bbb', regions: ['ap-singapore'] },
    ])
    expect(result.missing).toEqual(['img-zzz'])
    expect(result.failed).toEqual([])
  })

  it('never has more regions in flight than allowed, and reports progress for each', async () => {
    let inFlight = 0
    let most = 0
    const progress: number[] = []
    const regions = Array.from({ length: 10 }, (_, i) => `r-${i}`)
    await searchRegions({
      regions,
      ids: ['img-aaa'],
      concurrency: 3,
      onProgress: ({ done, total }) => progress.push(done / total),
      find: async () => {
        inFlight++
        most = Math.max(most, inFlight)
        await new Promise((resolve) => setTimeout(resolve, 1))
        inFlight--
        return []
      },
    })
    expect(most).toBe(3)
    expect(progress).toHaveLength(10)
    expect(progress.at(-1)).toBe(1)
  })

  it('names the regions that failed, with their error code, and keeps going', async () => {
    const result = await searchRegions({
      regions: ['ap-guangzhou', 'ap-singapore'],
      ids: ['img-bbb'],
      find: async (region) => {
        if (region === 'ap-guangzhou') throw Object.assign(new Error('x'), { code: 'RequestLimitExceeded' })
        return ['img-bbb']
      },
    })
    expect(result.failed).toEqual([{ region: 'ap-guangzhou', code: 'RequestLimitExceeded' }])
    expect(result.found).toEqual([{ id: 'img-bbb', regions: ['ap-singapore'] }])
  })
})
