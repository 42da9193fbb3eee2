import { describe, expect, it } from 'vitest'
import type { Image } from '../data/image-model'
import { neighbours } from './drawer-nav'

const list = ['img-a', 'img-b', 'img-c'].map((id) => ({ id }) as Image)

describe('neighbours', () => {
  it('gives the images on either side', () => {
    const middle = neighbours(list, 'img-b')
    expect([middle.previous?.id, middle.next?.id, middle.position]).toEqual(['img-a', 'img-c', 2])
  })
  it('stops at the ends of the list', () => {
    expect(neighbours(list, 'img-a').previous).toBeNull()
    expect(neighbours(list, 'img-c').next).toBeNull()
  })
  it('has none for an image not in the list, or no list', () => {
    expect(neighbours(list, 'img-z')).toEqual({ previous: null, next: null, position: 0 })
    expect(neighbours(undefined, 'img-a').position).toBe(0)
  })
})
