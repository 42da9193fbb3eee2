import { describe, expect, it } from 'vitest'
import type { Image } from '../data/image-model'
import { NO_LOCAL_FILTERS } from '../local-filters/local-filters'
import {
  formatSelectedIds,
  NO_SELECTION,
  pageState,
  refreshSelected,
  selectedImages,
  setPageSelected,
  shownSelection,
  toggleImage,
} from './selection'

const image = (id: string, status = 'NORMAL') => ({ id, name: id, status, architecture: 'x86_64' }) as Image
const pageOne = [image('img-a'), image('img-b')]
const pageTwo = [image('img-c'), image('img-d')]

describe('selection', () => {
  it('toggles one image on and off', () => {
    const one = toggleImage(NO_SELECTION, image('img-a'))
    expect([...one.keys()]).toEqual(['img-a'])
    expect(toggleImage(one, image('img-a')).size).toBe(0)
    expect(NO_SELECTION.size).toBe(0)
  })

  it('keeps images of other pages when a page is selected or cleared', () => {
    const picked = toggleImage(NO_SELECTION, pageTwo[0] as Image)
    const both = setPageSelected(picked, pageOne, true)
    expect([...both.keys()]).toEqual(['img-c', 'img-a', 'img-b'])
    expect(pageState(both, pageOne)).toBe('all')
    expect(pageState(both, pageTwo)).toBe('some')
    const cleared = setPageSelected(both, pageOne, false)
    expect([...cleared.keys()]).toEqual(['img-c'])
    expect(pageState(cleared, pageOne)).toBe('none')
  })

  it('copies IDs one per line in the order picked', () => {
    const selection = setPageSelected(toggleImage(NO_SELECTION, image('img-d')), pageOne, true)
    expect(formatSelectedIds(selectedImages(selection))).toBe('img-d\nimg-a\nimg-b')
  })

  it('shows of a selection what the browser-side filters let through, counting the rest', () => {
    const selection = setPageSelected(
      NO_SELECTION,
      [image('img-a'), image('img-b', 'SYNCING'), image('img-c')],
      true,
    )
    const shown = shownSelection(selection, { ...NO_LOCAL_FILTERS, status: ['NORMAL'] })
    expect(shown.images.map((item) => item.id)).toEqual(['img-a', 'img-c'])
    expect(shown.hidden).toBe(1)
    expect(shownSelection(selection, NO_LOCAL_FILTERS)).toEqual({
      images: selectedImages(selection),
      hidden: 0,
    })
  })

  it('takes newer copies of selected images and ignores the rest', () => {
    const selection = setPageSelected(NO_SELECTION, pageOne, true)
    const newer = image('img-a', 'SYNCING')
    const refreshed = refreshSelected(selection, [newer, image('img-z')])
    expect(selectedImages(refreshed).map((item) => item.status)).toEqual(['SYNCING', 'NORMAL'])
    expect(refreshed.has('img-z')).toBe(false)
    expect(refreshSelected(selection, pageOne)).toBe(selection)
  })
})
