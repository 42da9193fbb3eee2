// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { inChinese, renderWithUser } from '../../test-support/components'
import { testImage } from '../../test-support/images'
import type { Image } from '../data/image-model'
import { DEFAULT_VIEW } from '../view-state/url-state'
import { compareRows } from './compare-rows'
import { CompareTable } from './compare-table'
import CompareView from './compare-view'

const image = testImage

const images = [image('img-aaaa1111'), image('img-bbbb2222', { architecture: 'arm', status: 'SYNCING' })]

/** The comparison as opened from the selection: every image at hand, so nothing is asked of the API. */
function openComparison(shown = images) {
  const ids = shown.map((one) => one.id)
  return renderWithUser(<Comparison ids={ids} shown={shown} />)
}

/** The view keeps "Only differences" (in the link); here, in a state of the test's own. */
function Comparison({ ids, shown }: { ids: string[]; shown: Image[] }) {
  const [only, setOnly] = useState(false)
  return (
    <CompareView
      ids={ids}
      view={DEFAULT_VIEW}
      region={null}
      known={shown}
      onClose={() => {}}
      onlyDifferences={only}
      onOnlyDifferences={setOnly}
    />
  )
}

const rowHeaders = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent)
/** The cells of the row named `label`, its header first. */
const row = (table: HTMLElement, label: string | RegExp) =>
  within(within(table).getByRole('rowheader', { name: label }).closest('tr') as HTMLElement)
    .getAllByRole('cell')
    .map((cell) => cell.textContent)

describe('CompareTable', () => {
  it('puts one column per image, named by the image, and one row per field', () => {
    renderWithUser(<CompareTable images={images} rows={compareRows(images)} />)
    const table = screen.getByRole('table', { name: 'Comparison' })
    const [field, ...columns] = within(table).getAllByRole('columnheader')
    expect(field?.textContent).toBe('Field')
    expect(columns).toHaveLength(2)
    columns.forEach((column, index) => {
      expect(column.textContent).toContain(images[index]?.name)
      expect(column.textContent).toContain(images[index]?.id)
    })
    expect(row(table, /^Architecture/)).toEqual(['x86_64', 'arm'])
    expect(row(table, 'Platform')).toEqual(['Ubuntu', 'Ubuntu'])
  })

  it('says in words which rows differ', () => {
    renderWithUser(<CompareTable images={images} rows={compareRows(images)} />)
    const table = screen.getByRole('table', { name: 'Comparison' })
    expect(within(table).getByRole('rowheader', { name: 'Architecture (differs)' })).toBeTruthy()
    expect(within(table).getByRole('rowheader', { name: 'Status (differs)' })).toBeTruthy()
    expect(within(table).getByRole('rowheader', { name: 'Platform' })).toBeTruthy()
  })

  it('shows a dash for a field one image lacks, and leaves out fields no image has', () => {
    const described = [image('img-aaaa1111', { description: 'nginx on Ubuntu' }), image('img-bbbb2222')]
    renderWithUser(<CompareTable images={described} rows={compareRows(described)} />)
    const table = screen.getByRole('table', { name: 'Comparison' })
    expect(row(table, /^Description/)).toEqual(['nginx on Ubuntu', '—'])
    expect(within(table).queryByRole('rowheader', { name: /^Tags/ })).toBeNull()
  })
})

describe('the comparison dialog', () => {
  it('shows every field until "Only differences" is switched on, then only the differing ones', async () => {
    const { user } = openComparison()
    const dialog = screen.getByRole('dialog', { name: 'Compare 2 images' })
    const table = within(dialog).getByRole('table', { name: 'Comparison' })
    expect(rowHeaders(table)).toContain('Platform')
    const only = within(dialog).getByRole('switch', { name: 'Only differences' })
    expect(only.getAttribute('aria-checked')).toBe('false')

    await user.click(only)
    expect(only.getAttribute('aria-checked')).toBe('true')
    const differing = rowHeaders(table)
    expect(differing).toHaveLength(4)
    for (const label of [/^Name/, /^ID/, /^Status/, /^Architecture/]) {
      expect(differing.some((header) => label.test(header ?? ''))).toBe(true)
    }
    expect(differing).not.toContain('Platform')

    await user.click(only)
    expect(rowHeaders(table)).toContain('Platform')
  })

  it('speaks Chinese, the data as the API sent it', async () => {
    inChinese()
    const { user } = openComparison()
    const dialog = screen.getByRole('dialog', { name: '对比 2 个镜像' })
    const table = within(dialog).getByRole('table', { name: '镜像对比' })
    expect(row(table, /^状态/)).toEqual(['正常', '同步中'])
    expect(row(table, /^操作系统/)).toEqual([
      'Ubuntu Server 22.04 LTS 64bit',
      'Ubuntu Server 22.04 LTS 64bit',
    ])
    await user.click(within(dialog).getByRole('switch', { name: '仅显示差异' }))
    expect(within(table).getByRole('rowheader', { name: /^状态\s*（不同）$/ })).toBeTruthy()
    expect(within(table).queryByRole('rowheader', { name: '操作系统' })).toBeNull()
  })
})
