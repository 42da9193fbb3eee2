import { describe, expect, it } from 'vitest'
import type { Image } from '../data/image-model'
import { compareRows, differenceCount } from './compare-rows'

function image(id: string, extra: Partial<Image> = {}): Image {
  return {
    id,
    name: `web-${id}`,
    osName: 'Ubuntu Server 22.04 LTS 64bit',
    type: 'PRIVATE_IMAGE',
    status: 'NORMAL',
    platform: 'Ubuntu',
    architecture: 'x86_64',
    creator: '100023456789',
    description: '',
    createdAt: '2026-10-02T08:00:00Z',
    createdTime: Date.parse('2026-10-02T08:00:00Z'),
    raw: {},
    ...extra,
  }
}

describe('compareRows', () => {
  it('marks the fields that differ and leaves out fields no image has', () => {
    const rows = compareRows([image('img-a'), image('img-b', { architecture: 'arm' })])
    const byLabel = Object.fromEntries(rows.map((row) => [row.label, row]))
    expect(byLabel.Architecture).toEqual({ label: 'Architecture', values: ['x86_64', 'arm'], differs: true })
    expect(byLabel.Platform?.differs).toBe(false)
    expect(byLabel.Description).toBeUndefined()
    expect(byLabel.Size).toBeUndefined()
  })

  it('keeps only the differences when asked', () => {
    const images = [image('img-a'), image('img-b', { status: 'SYNCING', syncPercent: 40 }), image('img-c')]
    expect(compareRows(images, true).map((row) => row.label)).toEqual([
      'Name',
      'ID',
      'Status',
      'Sync progress',
    ])
    expect(differenceCount(images)).toBe(4)
  })

  it('compares tags regardless of their order', () => {
    const a = image('img-a', {
      tags: [
        { Key: 'env', Value: 'prod' },
        { Key: 'team', Value: 'web' },
      ],
    })
    const b = image('img-b', {
      tags: [
        { Key: 'team', Value: 'web' },
        { Key: 'env', Value: 'prod' },
      ],
    })
    expect(compareRows([a, b]).find((row) => row.label === 'Tags')?.differs).toBe(false)
  })
})
