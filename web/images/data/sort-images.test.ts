import { describe, expect, it } from 'vitest'
import type { Image } from './image-model'
import { sortImages } from './sort-images'

function image(id: string, name: string, extra: Partial<Image> = {}): Image {
  return {
    id,
    name,
    osName: '',
    type: 'PUBLIC_IMAGE',
    status: 'NORMAL',
    platform: '',
    architecture: 'x86_64',
    creator: '',
    description: '',
    createdAt: '',
    createdTime: 0,
    raw: {},
    ...extra,
  }
}

const names = (images: Image[]) => images.map((i) => i.name)

describe('sortImages', () => {
  it('sorts names naturally: numbers by value, case ignored', () => {
    const images = [
      image('1', 'ubuntu 10'),
      image('2', 'Ubuntu 9'),
      image('3', 'CentOS 7.10'),
      image('4', 'centos 7.9'),
    ]
    expect(names(sortImages(images, [{ field: 'name', desc: false }], 'en'))).toEqual([
      'centos 7.9',
      'CentOS 7.10',
      'Ubuntu 9',
      'ubuntu 10',
    ])
  })

  it('reverses for descending', () => {
    const images = [image('1', 'b'), image('2', 'a'), image('3', 'c')]
    expect(names(sortImages(images, [{ field: 'name', desc: true }], 'en'))).toEqual(['c', 'b', 'a'])
  })

  it('sorts dates by time, not by their text', () => {
    const images = [
      image('1', 'later', { createdTime: Date.parse('2024-01-02T00:00:00+08:00') }),
      image('2', 'earlier', { createdTime: Date.parse('2024-01-01T20:00:00Z') }),
      image('3', 'unknown', { createdTime: Number.NaN }),
    ]
    expect(names(sortImages(images, [{ field: 'created', desc: false }], 'en'))).toEqual([
      'later',
      'earlier',
      'unknown',
    ])
  })

  it('puts unknown dates (the legacy 1970 placeholder) after real ones in both directions', () => {
    const images = [
      image('1', 'unknown', { createdTime: Number.NaN }),
      image('2', 'old', { createdTime: Date.parse('2016-01-01T00:00:00+00:00') }),
      image('3', 'new', { createdTime: Date.parse('2024-01-01T00:00:00Z') }),
    ]
    expect(names(sortImages(images, [{ field: 'created', desc: true }], 'en'))).toEqual([
      'new',
      'old',
      'unknown',
    ])
    expect(names(sortImages(images, [{ field: 'created', desc: false }], 'en'))).toEqual([
      'old',
      'new',
      'unknown',
    ])
  })

  it('sorts by image family, images without one last', () => {
    const images = [
      image('1', 'none'),
      image('2', 'web', { family: 'web-baseline' }),
      image('3', 'business', { family: 'business-daily-update' }),
    ]
    expect(names(sortImages(images, [{ field: 'family', desc: false }], 'en'))).toEqual([
      'business',
      'web',
      'none',
    ])
    expect(names(sortImages(images, [{ field: 'family', desc: true }], 'en'))).toEqual([
      'web',
      'business',
      'none',
    ])
  })

  it('breaks ties with the second key', () => {
    const images = [
      image('1', 'x', { platform: 'Ubuntu' }),
      image('2', 'y', { platform: 'CentOS' }),
      image('3', 'a', { platform: 'Ubuntu' }),
    ]
    const sorted = sortImages(
      images,
      [
        { field: 'platform', desc: false },
        { field: 'name', desc: true },
      ],
      'en',
    )
    expect(names(sorted)).toEqual(['y', 'x', 'a'])
  })

  it('keeps API order for full ties (stable)', () => {
    const images = Array.from({ length: 50 }, (_, i) => image(`img-${i}`, i % 2 ? 'Same' : 'same'))
    expect(sortImages(images, [{ field: 'name', desc: false }], 'en').map((i) => i.id)).toEqual(
      images.map((i) => i.id),
    )
  })

  it('sorts types and statuses by the label people see', () => {
    const images = [
      image('1', 'p', { type: 'PUBLIC_IMAGE' }),
      image('2', 's', { type: 'SHARED_IMAGE' }),
      image('3', 'c', { type: 'PRIVATE_IMAGE' }),
    ]
    expect(names(sortImages(images, [{ field: 'type', desc: false }], 'en'))).toEqual(['c', 'p', 's'])
  })

  it('does not change the input array', () => {
    const images = [image('1', 'b'), image('2', 'a')]
    sortImages(images, [{ field: 'name', desc: false }], 'en')
    expect(names(images)).toEqual(['b', 'a'])
  })
})
