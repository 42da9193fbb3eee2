import { describe, expect, it } from 'vitest'
import { checkLookup, parseSearchText } from './search-text'

describe('parseSearchText', () => {
  it('reads IDs separated by spaces, commas, semicolons and new lines, without repeats', () => {
    expect(parseSearchText('img-aaaa1111, img-bbbb2222\nimg-cccc3333;img-AAAA1111  ')).toEqual({
      kind: 'ids',
      ids: ['img-aaaa1111', 'img-bbbb2222', 'img-cccc3333'],
    })
  })

  it('treats a single ID as a lookup', () => {
    expect(parseSearchText('img-pmqg1cw7')).toEqual({ kind: 'ids', ids: ['img-pmqg1cw7'] })
  })

  it('treats anything else, including IDs mixed with words, as a name', () => {
    expect(parseSearchText(' ubuntu 22 ')).toEqual({ kind: 'text', text: 'ubuntu 22' })
    expect(parseSearchText('img-aaaa1111 and more')).toEqual({ kind: 'text', text: 'img-aaaa1111 and more' })
  })

  it('sees blank text as empty', () => {
    expect(parseSearchText(' \n ,')).toEqual({ kind: 'empty' })
  })

  it('caps a lookup at 100 IDs', () => {
    expect(checkLookup(Array.from({ length: 100 }, (_, i) => `img-${i}`))).toBeNull()
    expect(checkLookup(Array.from({ length: 101 }, (_, i) => `img-${i}`))).toMatch(/at most 100/)
  })
})
