// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { infoQuery } from '../images/public'
import { inChinese } from '../test-support/components'
import QuotaMeter from './quota-meter'
import { quotaQuery } from './quota-query'

/** The meter with the proxy's info and the region's quota already answered, as the cache holds them. */
function renderMeter(api: 'legacy' | 'v3', used: number, quota: number) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  })
  client.setQueryData(infoQuery.queryKey, {
    mode: 'demo',
    api,
    defaultRegion: 'ap-guangzhou',
    version: '',
    user: null,
    signOut: false,
  })
  client.setQueryData(quotaQuery('ap-guangzhou').queryKey, quota)
  return render(
    <QueryClientProvider client={client}>
      <QuotaMeter region="ap-guangzhou" listRegion="" known={used} />
    </QueryClientProvider>,
  )
}

describe('the quota meter', () => {
  it('says how many custom images the region holds of its quota', () => {
    renderMeter('v3', 8, 500)
    expect(screen.getByText('Custom images: 8 of 500')).toBeTruthy()
    expect(screen.queryByText(/more custom images may be made/)).toBeNull()
  })

  it('warns from 80 %, and says when the quota is full', () => {
    renderMeter('v3', 400, 500)
    expect(screen.getByText('Only 100 more custom images may be made in this region.')).toBeTruthy()
    renderMeter('v3', 500, 500)
    expect(screen.getByText('The region holds as many custom images as its quota allows.')).toBeTruthy()
  })

  it('says in Chinese, and that the legacy API has no quota action', () => {
    inChinese()
    renderMeter('v3', 420, 500)
    expect(screen.getByText('自定义镜像：420 / 500')).toBeTruthy()
    expect(screen.getByText('此地域最多还能创建 80 个自定义镜像。')).toBeTruthy()
    renderMeter('legacy', 240, 500)
    expect(screen.getByText('自定义镜像：240 · 配额：仅 API 3.0')).toBeTruthy()
  })
})
