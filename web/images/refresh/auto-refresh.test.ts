import { describe, expect, it } from 'vitest'
import type { Image } from '../data/image-model'
import { hasImagesInProgress, readAutoRefresh, shouldAutoRefresh, writeAutoRefresh } from './auto-refresh'

const image = (status: string) => ({ id: 'img-a', status }) as Image

describe('auto-refresh', () => {
  it('is worth it only while an image on screen is creating, syncing or importing', () => {
    expect(hasImagesInProgress([image('NORMAL'), image('SYNCING')])).toBe(true)
    expect(hasImagesInProgress([image('CREATING')])).toBe(true)
    expect(hasImagesInProgress([image('IMPORTING')])).toBe(true)
    expect(hasImagesInProgress([image('NORMAL'), image('CREATEFAILED')])).toBe(false)
    expect(hasImagesInProgress(undefined)).toBe(false)
  })

  it('is remembered, off by default, and off when storage fails', () => {
    const store = new Map<string, string>()
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    }
    expect(readAutoRefresh(storage)).toBe(false)
    writeAutoRefresh(storage, true)
    expect(readAutoRefresh(storage)).toBe(true)
    writeAutoRefresh(storage, false)
    expect(readAutoRefresh(storage)).toBe(false)
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
    }
    expect(readAutoRefresh(broken)).toBe(false)
  })

  it('ticks only when on, with work in progress, in a visible tab', () => {
    expect(shouldAutoRefresh(true, true, 'visible')).toBe(true)
    expect(shouldAutoRefresh(true, true, 'hidden')).toBe(false)
    expect(shouldAutoRefresh(false, true, 'visible')).toBe(false)
    expect(shouldAutoRefresh(true, false, 'visible')).toBe(false)
  })
})
