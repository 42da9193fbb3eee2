import { describe, expect, it } from 'vitest'
import { DEFAULT_COLUMNS, IMAGE_FIELDS } from '../data/image-model'
import {
  formatStoredPrefs,
  menuOrder,
  moveColumn,
  NO_PREFS,
  normalizeColumns,
  parseColumns,
  parseStoredPrefs,
  toggleColumn,
} from './column-prefs'

describe('column choices', () => {
  it('hides a visible column and shows a hidden one at the end', () => {
    expect(toggleColumn(['name', 'id', 'status'], 'id')).toEqual(['name', 'status'])
    expect(toggleColumn(['name', 'status'], 'id')).toEqual(['name', 'status', 'id'])
  })

  it('keeps the last visible column', () => {
    expect(toggleColumn(['name'], 'name')).toEqual(['name'])
  })

  it('moves a column one place and stops at either end', () => {
    expect(moveColumn(['name', 'id', 'status'], 'status', -1)).toEqual(['name', 'status', 'id'])
    expect(moveColumn(['name', 'id', 'status'], 'name', 1)).toEqual(['id', 'name', 'status'])
    expect(moveColumn(['name', 'id'], 'name', -1)).toEqual(['name', 'id'])
    expect(moveColumn(['name', 'id'], 'id', 1)).toEqual(['name', 'id'])
    expect(moveColumn(['name', 'id'], 'os', 1)).toEqual(['name', 'id'])
  })

  it('lists the visible columns first, then the hidden ones in their usual order', () => {
    expect(menuOrder(['status', 'name'])).toEqual([
      'status',
      'name',
      'id',
      'type',
      'os',
      'platform',
      'arch',
      'created',
      'creator',
      'family',
      'instances',
    ])
  })

  it('treats every column in the usual order as no choice at all', () => {
    expect(normalizeColumns(DEFAULT_COLUMNS)).toBeNull()
    // Instances is shown only when asked for: every field, Instances included, is a choice.
    expect(normalizeColumns(IMAGE_FIELDS)).toEqual(IMAGE_FIELDS)
    expect(normalizeColumns(['id', 'name'])).toEqual(['id', 'name'])
    expect(parseColumns([' id , name ,', 'nope'])).toEqual(['id', 'name'])
  })
})

describe('stored preferences', () => {
  it('round-trips through the string the browser keeps', () => {
    const prefs = { cols: normalizeColumns(['status', 'name']), density: 'compact' as const }
    expect(parseStoredPrefs(formatStoredPrefs(prefs))).toEqual(prefs)
    expect(parseStoredPrefs(formatStoredPrefs(NO_PREFS))).toEqual(NO_PREFS)
  })

  it('reads anything broken or foreign as no preference', () => {
    for (const stored of [null, '', '{', '[]', '42', '{"cols":7,"density":"huge"}']) {
      expect(parseStoredPrefs(stored)).toEqual(NO_PREFS)
    }
  })
})
