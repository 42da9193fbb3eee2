import { describe, expect, it } from 'vitest'
import {
  applyDraft,
  applySeparateName,
  type ChipDraft,
  chipDraftReducer,
  type DraftAction,
  draftChanged,
  offersSeparateName,
  startDraft,
} from './chip-draft'
import { type FilterValues, NO_FILTERS } from './filter-chips'
import { NEW_TAG_CHIP } from './tag-chips'

const filters: FilterValues = { ...NO_FILTERS, name: ['web'], tags: [{ key: 'env', values: ['prod'] }] }

const run = (draft: ChipDraft, ...actions: DraftAction[]) => actions.reduce(chipDraftReducer, draft)

describe('chip draft', () => {
  it("starts from the chip's values with nothing typed", () => {
    expect(startDraft('name', filters)).toEqual({ values: ['web'], text: '', tagKey: '', message: null })
    expect(startDraft('tag:env', filters).values).toEqual(['prod'])
  })

  it('adds the typed value on Enter and empties the box', () => {
    const draft = run(
      startDraft('name', filters),
      { type: 'text', text: ' api ' },
      { type: 'add', chip: 'name', filters },
    )
    expect(draft).toEqual({ values: ['web', 'api'], text: '', tagKey: '', message: null })
  })

  it('drops a repeat the chip already has, any case for names', () => {
    const draft = run(
      startDraft('name', filters),
      { type: 'text', text: 'WEB' },
      { type: 'add', chip: 'name', filters },
    )
    expect(draft.values).toEqual(['web'])
  })

  it('refuses text that is not an image ID in the Image ID chip, keeping what was typed', () => {
    const draft = run(
      startDraft('id', NO_FILTERS),
      { type: 'text', text: 'pmqg1cw7' },
      { type: 'add', chip: 'id', filters: NO_FILTERS },
    )
    expect(draft).toMatchObject({
      values: [],
      text: 'pmqg1cw7',
      message: 'Image IDs look like img-pmqg1cw7.',
    })
  })

  it('clears the message once a value is accepted', () => {
    const refused = run(
      startDraft('id', NO_FILTERS),
      { type: 'text', text: 'nope' },
      { type: 'add', chip: 'id', filters: NO_FILTERS },
    )
    const fixed = run(
      refused,
      { type: 'text', text: 'img-AAAA1111' },
      { type: 'add', chip: 'id', filters: NO_FILTERS },
    )
    expect(fixed).toMatchObject({ values: ['img-aaaa1111'], text: '', message: null })
  })

  it('toggles types and removes values', () => {
    const types = run(
      startDraft('type', NO_FILTERS),
      { type: 'toggle', value: 'PRIVATE_IMAGE' },
      { type: 'toggle', value: 'SHARED_IMAGE' },
      { type: 'toggle', value: 'PRIVATE_IMAGE' },
    )
    expect(types.values).toEqual(['SHARED_IMAGE'])
    expect(run(startDraft('name', filters), { type: 'remove', value: 'web' }).values).toEqual([])
  })

  it('refuses more values than DescribeImages takes in one filter', () => {
    const draft = { ...startDraft('name', NO_FILTERS), values: ['a', 'b', 'c', 'd', 'e', 'f'] }
    expect(applyDraft('name', NO_FILTERS, draft)).toEqual({
      ok: false,
      message: 'A filter takes at most 5 values (DescribeImages limit).',
    })
  })

  it('applies the values with the typed text, and an empty draft removes the chip', () => {
    const draft = { ...startDraft('name', filters), text: 'api' }
    expect(applyDraft('name', filters, draft)).toMatchObject({ ok: true, filters: { name: ['web', 'api'] } })
    expect(applyDraft('name', filters, { ...draft, values: [], text: '' })).toMatchObject({
      ok: true,
      filters: { name: [] },
    })
  })
})

describe('chip draft of a new Tag chip', () => {
  const fresh = startDraft(NEW_TAG_CHIP, filters)

  it('asks for a usable key first', () => {
    expect(applyDraft(NEW_TAG_CHIP, filters, { ...fresh, values: ['x'] })).toEqual({
      ok: false,
      message: 'Enter a tag key.',
    })
    const colon = { ...fresh, tagKey: 'a:b', values: ['x'] }
    expect(applyDraft(NEW_TAG_CHIP, filters, colon)).toMatchObject({
      ok: false,
      message: /cannot be a Tag filter/,
    })
  })

  it('asks for at least one value', () => {
    expect(applyDraft(NEW_TAG_CHIP, filters, { ...fresh, tagKey: 'team' })).toEqual({
      ok: false,
      message: 'Add at least one value.',
    })
  })

  it('makes a chip for a new key, and adds to the chip a key already has', () => {
    const team = applyDraft(NEW_TAG_CHIP, filters, { ...fresh, tagKey: ' team ', text: 'core' })
    expect(team).toMatchObject({ ok: true, values: ['core'] })
    expect(team.ok && team.filters.tags).toEqual([
      { key: 'env', values: ['prod'] },
      { key: 'team', values: ['core'] },
    ])
    const env = applyDraft(NEW_TAG_CHIP, filters, { ...fresh, tagKey: 'env', values: ['staging'] })
    expect(env.ok && env.filters.tags).toEqual([{ key: 'env', values: ['prod', 'staging'] }])
  })

  it('keeps the typed key and the message while the key is missing', () => {
    const draft = run(fresh, { type: 'text', text: 'prod' }, { type: 'add', chip: NEW_TAG_CHIP, filters })
    expect(draft).toMatchObject({ text: 'prod', values: [], message: 'Enter a tag key.' })
  })
})

describe('draftChanged', () => {
  const filters = { ...NO_FILTERS, name: ['web'] }
  it('sees typed text, other values or a new tag key as a change worth keeping', () => {
    const draft = startDraft('name', filters)
    expect(draftChanged('name', filters, draft)).toBe(false)
    expect(draftChanged('name', filters, { ...draft, text: 'api' })).toBe(true)
    expect(draftChanged('name', filters, { ...draft, values: [] })).toBe(true)
    expect(draftChanged('tag:', filters, { ...startDraft('tag:', filters), tagKey: 'env' })).toBe(true)
  })
})

describe('a further term in a Name chip', () => {
  const typed = (chip: 'name' | 'name2', from: FilterValues, text: string) =>
    run(startDraft(chip, from), { type: 'text', text })

  it('offers a separate Name filter only when a Name chip with values has a term typed', () => {
    expect(offersSeparateName('name', typed('name', filters, 'prod'))).toBe(true)
    expect(offersSeparateName('name', typed('name', filters, '  '))).toBe(false)
    expect(offersSeparateName('name', typed('name', NO_FILTERS, 'prod'))).toBe(false)
    expect(
      offersSeparateName('platform', run(startDraft('platform', filters), { type: 'text', text: 'x' })),
    ).toBe(false)
    const two = { ...filters, moreNames: [['api']] }
    expect(offersSeparateName('name2', typed('name2', two, 'prod'))).toBe(true)
  })

  it('widens on Enter and narrows as a separate filter, with the values edited in the chip', () => {
    const draft = typed('name', filters, ' prod ')
    expect(applyDraft('name', filters, draft)).toMatchObject({ ok: true, filters: { name: ['web', 'prod'] } })
    expect(applySeparateName('name', filters, draft)).toEqual({
      ok: true,
      filters: { ...filters, name: ['web'], moreNames: [['prod']] },
      values: ['web'],
    })
    const edited = run(
      startDraft('name', filters),
      { type: 'text', text: 'api' },
      { type: 'add', chip: 'name', filters },
      { type: 'text', text: 'prod' },
    )
    expect(applySeparateName('name', filters, edited)).toMatchObject({
      ok: true,
      filters: { name: ['web', 'api'], moreNames: [['prod']] },
    })
  })

  it('adds after the last Name filter from any Name chip, and refuses one that repeats another', () => {
    const two = { ...filters, moreNames: [['api']] }
    expect(applySeparateName('name2', two, typed('name2', two, 'prod'))).toMatchObject({
      ok: true,
      filters: { name: ['web'], moreNames: [['api'], ['prod']] },
    })
    expect(applySeparateName('name2', two, typed('name2', two, 'WEB'))).toEqual({
      ok: false,
      message: 'Another Name filter already has these values.',
    })
  })
})
