import { describe, expect, it } from 'vitest'
import type { Image, ImagePage } from './image-model'
import { loadAllImages } from './load-all-images'

function catalog(size: number): Image[] {
  return Array.from({ length: size }, (_, i) => ({ id: `img-${i}`, name: `image ${i}` }) as Image)
}

function pager(images: Image[]) {
  const calls: [number, number][] = []
  let inFlight = 0
  let maxInFlight = 0
  const fetchPage = async (offset: number, limit: number): Promise<ImagePage> => {
    calls.push([offset, limit])
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    await Promise.resolve()
    inFlight--
    return { images: images.slice(offset, offset + limit), totalCount: images.length, requestId: 'r' }
  }
  return { fetchPage, calls, maxInFlight: () => maxInFlight }
}

describe('loadAllImages', () => {
  it('loads every page with Limit 100 and keeps API order', async () => {
    const images = catalog(1204)
    const { fetchPage, calls } = pager(images)
    const result = await loadAllImages({ fetchPage })
    expect(result).toEqual({ kind: 'complete', images, totalCount: 1204 })
    expect(calls.map(([offset]) => offset).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 13 }, (_, i) => i * 100),
    )
    expect(calls.every(([, limit]) => limit === 100)).toBe(true)
  })

  it('runs at most the given number of requests at a time', async () => {
    const { fetchPage, maxInFlight } = pager(catalog(1000))
    await loadAllImages({ fetchPage, concurrency: 3 })
    expect(maxInFlight()).toBeLessThanOrEqual(3)
    expect(maxInFlight()).toBeGreaterThan(1)
  })

  it('reports progress up to the total', async () => {
    const progress: string[] = []
    const { fetchPage } = pager(catalog(250))
    await loadAllImages({ fetchPage, onProgress: (loaded, total) => progress.push(`${loaded}/${total}`) })
    expect(progress[0]).toBe('100/250')
    expect(progress.at(-1)).toBe('250/250')
  })

  it('stops after the first page when the total is above the cap', async () => {
    const { fetchPage, calls } = pager(catalog(320))
    expect(await loadAllImages({ fetchPage, cap: 300 })).toEqual({ kind: 'too-many', totalCount: 320 })
    expect(calls).toEqual([[0, 100]])
  })

  it('loads only the first pages of a result when asked to take part of it, cap or not', async () => {
    const images = catalog(1250)
    const { fetchPage, calls } = pager(images)
    const result = await loadAllImages({ fetchPage, cap: 500, take: 1000 })
    expect(result).toEqual({ kind: 'complete', images: images.slice(0, 1000), totalCount: 1000 })
    expect(Math.max(...calls.map(([offset]) => offset))).toBe(900)
  })

  it('keeps an image once when it shows up on two pages', async () => {
    const images = catalog(150)
    const fetchPage = async (offset: number): Promise<ImagePage> => ({
      images: images.slice(Math.max(0, offset - 1), offset + 100),
      totalCount: 150,
      requestId: null,
    })
    const result = await loadAllImages({ fetchPage })
    expect(result.kind === 'complete' && result.images.map((i) => i.id)).toEqual(images.map((i) => i.id))
  })

  it('fails as a whole when one page fails', async () => {
    const { fetchPage } = pager(catalog(500))
    const failing = (offset: number, limit: number) =>
      offset === 300 ? Promise.reject(new Error('boom')) : fetchPage(offset, limit)
    await expect(loadAllImages({ fetchPage: failing })).rejects.toThrow('boom')
  })
})
