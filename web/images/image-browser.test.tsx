// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import '../test-support/components'
import { ImageBrowser } from './image-browser'

/** How often each control above the table rendered: each module's component, wrapped to count. */
const renders = vi.hoisted(() => ({}) as Record<string, number>)

function counted<P extends object>(name: string, real: (props: P) => unknown) {
  return (props: P) => {
    renders[name] = (renders[name] ?? 0) + 1
    return real(props)
  }
}

vi.mock('./filters/filter-bar', async (original) => {
  const real = await original<typeof import('./filters/filter-bar')>()
  return { ...real, FilterBar: counted('FilterBar', real.FilterBar) }
})
vi.mock('./filters/region-select', async (original) => {
  const real = await original<typeof import('./filters/region-select')>()
  return { ...real, RegionSelect: counted('RegionSelect', real.RegionSelect) }
})
vi.mock('./filters/time-zone-select', async (original) => {
  const real = await original<typeof import('./filters/time-zone-select')>()
  return { ...real, TimeZoneSelect: counted('TimeZoneSelect', real.TimeZoneSelect) }
})
vi.mock('./table/result-summary', async (original) => {
  const real = await original<typeof import('./table/result-summary')>()
  return { ...real, ResultSummary: counted('ResultSummary', real.ResultSummary) }
})
vi.mock('../usage/quota-meter', async (original) => {
  const real = await original<typeof import('../usage/quota-meter')>()
  return { ...real, default: counted('QuotaMeter', real.default) }
})
vi.mock('./view-mode-nav', async (original) => {
  const real = await original<typeof import('./view-mode-nav')>()
  return { ...real, ViewModeNav: counted('ViewModeNav', real.ViewModeNav) }
})

const TOTAL = 60

/** The controls above the table, and how often each renders on a page change: never. */
const ABOVE = {
  FilterBar: 0,
  RegionSelect: 0,
  TimeZoneSelect: 0,
  ViewModeNav: 0,
  ResultSummary: 0,
  QuotaMeter: 0,
}

/** The proxy: its info, and DescribeImages pages of TOTAL custom images named by their position. */
function answer(url: string): unknown {
  const { pathname, searchParams } = new URL(url, window.location.href)
  if (pathname === '/api/info') return { mode: 'demo', api: 'legacy', defaultRegion: 'ap-guangzhou' }
  if (pathname !== '/api/DescribeImages') return { Response: { Error: { Code: 'NotHere', Message: '' } } }
  const offset = Number(searchParams.get('Offset') ?? 0)
  const limit = Number(searchParams.get('Limit') ?? 20)
  const count = Math.max(0, Math.min(limit, TOTAL - offset))
  const ImageSet = Array.from({ length: count }, (_, i) => ({
    ImageId: `img-${String(offset + i).padStart(8, '0')}`,
    ImageName: `image number ${offset + i}`,
    OsName: 'Ubuntu Server 22.04 LTS 64bit',
    ImageType: 'PRIVATE_IMAGE',
    ImageState: 'NORMAL',
    Platform: 'Ubuntu',
    Architecture: 'x86_64',
    ImageCreator: '100023456789',
    CreatedTime: '2026-10-02T08:00:00Z',
  }))
  return { Response: { ImageSet, TotalCount: TOTAL, RequestId: 'test' } }
}

beforeEach(() => {
  window.history.replaceState(null, '', '/')
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => Response.json(answer(url))),
  )
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('a page change', () => {
  it('renders the table and the pager, not the controls above the table', async () => {
    const header = vi.fn((controls: React.ReactNode, fold: { button: React.ReactNode }) => (
      <header>
        {controls}
        {fold.button}
      </header>
    ))
    const user = userEvent.setup()
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const settled = () => vi.waitFor(() => expect(client.isFetching()).toBe(0))
    render(
      <QueryClientProvider client={client}>
        <ImageBrowser header={header} />
      </QueryClientProvider>,
    )
    expect(await screen.findByText('image number 0')).toBeTruthy()
    // The quota meter's code loads after the first screen.
    await vi.waitFor(() => {
      for (const name of Object.keys(ABOVE)) expect(renders[name] ?? 0, name).toBeGreaterThan(0)
    })
    // Every answer in (the quota meter's count, page 2 prefetched): what renders from here on is the page
    // change's doing.
    expect(await screen.findByText('Custom images: 60 · quota: API 3.0 only')).toBeTruthy()
    await settled()
    for (const name of Object.keys(renders)) renders[name] = 0
    header.mockClear()

    await user.click(screen.getByRole('link', { name: 'Next page' }))
    expect(await screen.findByText('image number 20')).toBeTruthy()
    expect(screen.queryByText('image number 0')).toBeNull()
    expect(window.location.search).toContain('page=2')
    await settled()
    expect(header).not.toHaveBeenCalled()
    expect(renders).toEqual(ABOVE)
  })
})
