import { describe, expect, it } from 'vitest'
import { applyLocalFilters, type Image, type ViewState } from '../images/public'
import { DEFAULT_VIEW } from '../images/view-state/url-state'
import { ageBucket, ageRanges } from './age-buckets'
import { barView, intersectRanges } from './bar-view'
import { countCharts } from './summary-counts'

const NOW = Date.parse('2026-12-01T10:00:00Z')

function image(id: string, platform: string, extra: Partial<Image> = {}): Image {
  const createdAt = extra.createdAt ?? '2026-11-20T08:00:00Z'
  return {
    id,
    name: id,
    osName: platform,
    type: 'PRIVATE_IMAGE',
    status: 'NORMAL',
    platform,
    architecture: 'x86_64',
    creator: '',
    description: '',
    createdAt,
    createdTime: Date.parse(createdAt),
    raw: {},
    ...extra,
  }
}

const images = [
  image('img-1', 'CentOS'),
  image('img-2', 'TencentOS', {
    createdAt: '2026-10-01T00:00:00Z',
    createdTime: Date.parse('2026-10-01T00:00:00Z'),
  }),
  image('img-3', 'CentOS', {
    type: 'PUBLIC_IMAGE',
    architecture: 'arm',
    createdTime: Number.NaN,
    createdAt: '',
  }),
  image('img-4', 'Ubuntu', { status: 'SYNCING', createdTime: Date.parse('2024-05-01T00:00:00Z') }),
  image('img-5', '', {
    status: 'USING',
    architecture: 'riscv',
    createdTime: Date.parse('2026-05-01T00:00:00Z'),
  }),
]

const bars = (id: string) =>
  Object.fromEntries(
    countCharts(images, NOW)
      .find((chart) => chart.id === id)
      ?.bars.map((b) => [b.key, b.count]) ?? [],
  )

describe('countCharts', () => {
  it.each([
    ['platform', { CentOS: 2, TencentOS: 1, Ubuntu: 1, '': 1 }],
    ['type', { PRIVATE_IMAGE: 4, PUBLIC_IMAGE: 1 }],
    ['arch', { x86_64: 3, arm: 1, riscv: 1 }],
    ['status', { NORMAL: 3, SYNCING: 1, USING: 1 }],
    ['age', { '30d': 1, '90d': 1, '1y': 1, older: 1, unknown: 1 }],
  ])('counts every image once by %s', (chart, expected) => {
    expect(bars(chart)).toEqual(expected)
  })

  it('orders bars by count, largest first, and the age buckets by age, the unknown one only when it counts', () => {
    const charts = countCharts(images.slice(0, 2), NOW)
    expect(charts.find((chart) => chart.id === 'platform')?.bars.map((bar) => bar.key)).toEqual([
      'CentOS',
      'TencentOS',
    ])
    expect(charts.find((chart) => chart.id === 'age')?.bars).toEqual([
      { key: '30d', count: 1 },
      { key: '90d', count: 1 },
      { key: '1y', count: 0 },
      { key: 'older', count: 0 },
    ])
  })

  it('adds the in-use chart only when an instance scan is given', () => {
    expect(countCharts(images, NOW).map((chart) => chart.id)).not.toContain('usage')
    const usage = { instancesOf: (id: string) => (id === 'img-1' ? 3 : 0) }
    const chart = countCharts(images, NOW, usage).find((c) => c.id === 'usage')
    expect(chart?.bars).toEqual([
      { key: 'inUse', count: 1 },
      { key: 'unused', count: 4 },
    ])
  })
})

describe('age buckets', () => {
  it('are whole UTC days that meet without a gap or an overlap', () => {
    expect(ageRanges(NOW)).toEqual({
      '30d': { from: '2026-11-01', to: null },
      '90d': { from: '2026-09-02', to: '2026-10-31' },
      '1y': { from: '2025-12-01', to: '2026-09-01' },
      older: { from: null, to: '2025-11-30' },
    })
    const ranges = ageRanges(NOW)
    expect(ageBucket(Date.parse('2026-11-01T00:00:00Z'), ranges)).toBe('30d')
    expect(ageBucket(Date.parse('2026-10-31T23:59:59Z'), ranges)).toBe('90d')
    expect(ageBucket(Date.parse('2025-11-30T23:59:59Z'), ranges)).toBe('older')
    expect(ageBucket(Number.NaN, ranges)).toBe('unknown')
  })
})

describe('barView', () => {
  const view: ViewState = { ...DEFAULT_VIEW, mode: 'summary', page: 3 }
  const listed = (target: ViewState | null) =>
    target ? applyLocalFilters(images, target.local).map((i) => i.id) : null

  it.each([
    ['platform', 'CentOS', ['img-1', 'img-3']],
    ['platform', 'TencentOS', ['img-2']],
    ['arch', 'arm', ['img-3']],
    ['status', 'SYNCING', ['img-4']],
    ['age', '30d', ['img-1']],
    ['age', '1y', ['img-5']],
    ['age', 'unknown', ['img-3']],
  ] as const)('narrows the list to exactly the %s bar %s', (chart, key, ids) => {
    const target = barView(view, chart, key, NOW)
    expect(target?.mode).toBe('list')
    expect(target?.page).toBe(1)
    expect(listed(target)).toEqual(ids)
  })

  it('narrows by type with the API filter, which is exact', () => {
    expect(barView(view, 'type', 'PUBLIC_IMAGE', NOW)?.filters.type).toEqual(['PUBLIC_IMAGE'])
  })

  it.each([
    ['platform', ''],
    ['arch', 'riscv'],
    ['status', 'USING'],
    ['type', 'ODD_IMAGE'],
    ['usage', 'inUse'],
  ] as const)('offers no link for a %s bar no filter can say exactly (%s)', (chart, key) => {
    expect(barView(view, chart, key, NOW)).toBeNull()
  })

  it('keeps the view’s own Created days: a bar within them is the days both hold', () => {
    const since = { ...view, local: { ...view.local, created: { from: '2026-10-15', to: null } } }
    expect(barView(since, 'age', '90d', NOW)?.local.created).toEqual({ from: '2026-10-15', to: '2026-10-31' })
    expect(intersectRanges({ from: '2026-10-15', to: null }, { from: null, to: '2026-01-01' })).toBeNull()
    expect(barView(since, 'age', 'older', NOW)).toBeNull()
  })
})
