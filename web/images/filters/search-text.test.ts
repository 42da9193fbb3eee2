import { describe, expect, it } from 'vitest'
import { formatPasteNote, formatSearchHint, parseSearchText } from './search-text'

const ids = (count: number) => Array.from({ length: count }, (_, i) => `img-${String(i).padStart(8, 'a')}`)

describe('parseSearchText', () => {
  it('reads IDs separated by spaces, commas, semicolons and new lines, without repeats', () => {
    expect(parseSearchText('img-aaaa1111, img-bbbb2222\nimg-cccc3333;img-AAAA1111  ')).toEqual({
      kind: 'ids',
      ids: ['img-aaaa1111', 'img-bbbb2222', 'img-cccc3333'],
      notIds: [],
      dropped: 0,
    })
  })

  it('treats a single ID as a lookup', () => {
    expect(parseSearchText('img-pmqg1cw7')).toMatchObject({ kind: 'ids', ids: ['img-pmqg1cw7'] })
  })

  it('looks up the IDs when most tokens are IDs, and sets the rest aside', () => {
    const paste = parseSearchText('img-qxi9fkbm, img-nmoyxgnm img-zzzzzzzz foo')
    expect(paste).toEqual({
      kind: 'ids',
      ids: ['img-qxi9fkbm', 'img-nmoyxgnm', 'img-zzzzzzzz'],
      notIds: ['foo'],
      dropped: 0,
    })
    expect(formatPasteNote(paste)).toBe('Not image IDs: foo.')
  })

  it("names a token that starts like an ID but is not one (core's shape), and looks up the rest", () => {
    const paste = parseSearchText('img-abc img-dtttttbn')
    expect(paste).toEqual({ kind: 'ids', ids: ['img-dtttttbn'], notIds: ['img-abc'], dropped: 0 })
    expect(formatPasteNote(paste)).toBe('Not image IDs: img-abc.')
    expect(parseSearchText('img-abc')).toEqual({ kind: 'ids', ids: [], notIds: ['img-abc'], dropped: 0 })
  })

  it('says what Enter will do with IDs, in the singular for one, and nothing for a name', () => {
    expect(formatSearchHint(ids(7).join('\n'))).toBe('Press Enter to look up 7 IDs')
    expect(formatSearchHint('img-pmqg1cw7')).toBe('Press Enter to look up 1 ID')
    expect(formatSearchHint('img-abc')).toBeNull()
    expect(formatSearchHint('nginx')).toBeNull()
  })

  it('treats words, and text that is not mostly IDs, as a name', () => {
    expect(parseSearchText(' ubuntu 22 ')).toEqual({ kind: 'text', text: 'ubuntu 22' })
    expect(parseSearchText('img-aaaa1111 and more')).toEqual({ kind: 'text', text: 'img-aaaa1111 and more' })
    expect(parseSearchText('nginx img-aaaa1111')).toEqual({ kind: 'text', text: 'nginx img-aaaa1111' })
  })

  it('sees blank text as empty', () => {
    expect(parseSearchText(' \n ,')).toEqual({ kind: 'empty' })
  })

  it('looks up the first 100 IDs and counts the rest', () => {
    const paste = parseSearchText(ids(130).join(' '))
    expect(paste).toMatchObject({ kind: 'ids', dropped: 30 })
    expect(paste.kind === 'ids' && paste.ids).toHaveLength(100)
    expect(formatPasteNote(paste)).toBe('30 more IDs were dropped: one lookup takes at most 100.')
  })

  it('has nothing to say about a clean paste or a name', () => {
    expect(formatPasteNote(parseSearchText('img-aaaa1111'))).toBeNull()
    expect(formatPasteNote(parseSearchText('nginx'))).toBeNull()
  })
})
