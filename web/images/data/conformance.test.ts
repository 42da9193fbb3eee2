import { describe, expect, it } from 'vitest'
import { documentedAnswer, documentedAnswers } from '../../../core/conformance/corpus'
import { parseRegionSet } from '../../../core/describe-regions'
import { UTC_ZONE } from '../../lib/format'
import { v3Facts } from '../drawer/image-facts'
import { columnText, unknownDateNote } from './column-text'
import { normalizeDescribeImages } from './image-model'
import { sortImages } from './sort-images'

const pageOf = (name: string) => normalizeDescribeImages(documentedAnswer(name).answer)

describe('the documented DescribeImages answers through the image model', () => {
  it.each(
    documentedAnswers().filter(
      (entry) => entry.action === 'DescribeImages' && !('Error' in entry.answer.Response),
    ),
  )('$name reads into rows with their RequestId and total', ({ answer }) => {
    const page = normalizeDescribeImages(answer)
    expect(page.images.length).toBeGreaterThan(0)
    expect(page.requestId).toMatch(/^[0-9a-f-]{36}$/i)
    for (const image of page.images) expect(image.id).toMatch(/^img-/)
  })

  it('shows the legacy 1970 creation time as unknown, with the reason, and keeps it as sent in exports', () => {
    const [image] = pageOf('legacy-describe-images-by-id.json').images
    expect(image?.createdTime).toBeNaN()
    expect(unknownDateNote(image?.createdAt ?? '')).toContain('1970-01-01')
    expect(image && columnText(image, 'created', UTC_ZONE)).toBe('1970-01-01T00:00:00+00:00')
  })

  it('reads 3.0 times written with +00:00 as UTC', () => {
    const [image] = pageOf('v3-describe-images-private.json').images
    expect(image?.createdTime).toBe(Date.UTC(2020, 8, 22))
    expect(image && columnText(image, 'created', UTC_ZONE)).toBe('2020-09-22 00:00:00 UTC')
  })

  it('sorts the legacy example after a real date, whichever the direction', () => {
    const legacy = pageOf('legacy-describe-images-by-id.json').images
    const v3 = pageOf('v3-describe-images-private.json').images
    for (const desc of [false, true]) {
      const sorted = sortImages([...legacy, ...v3], [{ field: 'created', desc }], 'en')
      expect(sorted.map((image) => image.id)).toEqual(['img-qlzp4oea', 'img-pmqg1cw7'])
    }
  })

  it('shows the 3.0 example’s size, sync progress, tags and snapshot, and the CDC example’s cache state', () => {
    const [official] = pageOf('v3-describe-images-by-id.json').images
    expect(official).toMatchObject({
      sizeGiB: 50,
      syncPercent: 20,
      tags: [{ Key: 'myKey', Value: 'myValue' }],
    })
    const [custom] = pageOf('v3-describe-images-private.json').images
    expect(custom?.snapshots).toEqual([
      { SnapshotId: 'snap-gqa37j2p', DiskUsage: 'SYSTEM_DISK', DiskSize: 20 },
    ])
    const [cached] = pageOf('v3-describe-images-cdc.json').images
    expect(cached && v3Facts(cached)).toContainEqual({ label: 'CDC cache', value: 'Cached (CACHED)' })
    expect(pageOf('v3-describe-images-private.json').totalCount).toBe(408)
  })

  it('reads the documented DescribeRegions answer with its Chinese names', () => {
    const rows = parseRegionSet(documentedAnswer('v3-describe-regions.json').answer.Response)
    expect(rows?.find((row) => row.Region === 'ap-guangzhou')?.RegionName).toBe('华南地区(广州)')
  })
})
