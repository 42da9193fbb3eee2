import { parseImageId } from '../../../core/describe-images'
import { isWellFormedInstanceType } from '../../../core/describe-images-v3'
import { t } from '../../lib/i18n'
import {
  addNameFilter,
  type ChipId,
  chipValues,
  type FilterValues,
  isNameChip,
  setChipValues,
} from './filter-chips'
import { checkTagKey, NEW_TAG_CHIP, tagChipOf } from './tag-chips'

/**
 * What the chip editor holds before Apply: the chip's values as edited, the text in the value box, the key of
 * a new Tag chip, and the message of the last refusal.
 */
export interface ChipDraft {
  values: string[]
  text: string
  tagKey: string
  message: string | null
}

export type DraftAction =
  | { type: 'text'; text: string }
  | { type: 'tag-key'; tagKey: string }
  | { type: 'toggle'; value: string }
  | { type: 'remove'; value: string }
  /** Enter in the value box: the typed text joins the values, if the chip takes it. */
  | { type: 'add'; chip: ChipId; filters: FilterValues }
  | { type: 'refuse'; message: string }

export type DraftResult =
  | { ok: true; filters: FilterValues; values: readonly string[] }
  | { ok: false; message: string }

export function startDraft(chip: ChipId, filters: FilterValues): ChipDraft {
  return { values: [...chipValues(filters, chip)], text: '', tagKey: '', message: null }
}

const refuse = (message: string): DraftResult => ({ ok: false, message })

/**
 * The filters the draft (with the typed text) makes, or the rule it breaks. A new Tag chip needs a usable key
 * and at least one value, and adds to the chip its key may already have; the chip model refuses what
 * DescribeImages would refuse.
 */
export function applyDraft(chip: ChipId, filters: FilterValues, draft: ChipDraft): DraftResult {
  const typed = draft.text.trim()
  if (typed !== '' && chip === 'id' && parseImageId(typed) === null) return refuse(t('rule.idShape'))
  if (typed !== '' && chip === 'instanceType' && !isWellFormedInstanceType(typed)) {
    return refuse(t('rule.instanceTypeShape'))
  }
  // One instance type at a time: a new one replaces the old.
  if (chip === 'instanceType' && typed !== '') return applyValues(chip, filters, [typed])
  const values = typed === '' ? draft.values : [...draft.values, typed]
  const isNewTag = chip === NEW_TAG_CHIP
  const keyProblem = isNewTag ? checkTagKey(draft.tagKey) : null
  if (keyProblem) return refuse(keyProblem)
  const target = isNewTag ? tagChipOf(draft.tagKey.trim()) : chip
  if (isNewTag && values.length === 0) return refuse(t('rule.needValue'))
  return applyValues(target, filters, isNewTag ? [...chipValues(filters, target), ...values] : values)
}

/**
 * Whether the editor offers a typed term as a separate Name filter: only a Name chip that already has values
 * can be widened by the term (OR) or narrowed by it (AND), so only then is there a choice to make.
 */
export function offersSeparateName(chip: ChipId, draft: ChipDraft): boolean {
  return isNameChip(chip) && draft.values.length > 0 && draft.text.trim() !== ''
}

/**
 * "Add as a separate Name filter": the chip takes the draft's values and the typed term becomes a Name filter
 * of its own, ANDed with the others, which narrows the list where adding it to the chip would widen it.
 */
export function applySeparateName(chip: ChipId, filters: FilterValues, draft: ChipDraft): DraftResult {
  const kept = applyDraft(chip, filters, { ...draft, text: '' })
  if (!kept.ok) return kept
  const result = addNameFilter(kept.filters, draft.text)
  return result.ok ? { ...result, values: kept.values } : result
}

function applyValues(chip: ChipId, filters: FilterValues, values: readonly string[]): DraftResult {
  const result = setChipValues(filters, chip, values)
  return result.ok ? { ...result, values: chipValues(result.filters, chip) } : result
}

/** Whether the draft holds anything the chip does not: typed text, other values, a new tag's key. */
export function draftChanged(chip: ChipId, filters: FilterValues, draft: ChipDraft): boolean {
  const values = chipValues(filters, chip)
  const sameValues = values.length === draft.values.length && values.every((v, i) => v === draft.values[i])
  return draft.text.trim() !== '' || draft.tagKey.trim() !== '' || !sameValues
}

export function chipDraftReducer(draft: ChipDraft, action: DraftAction): ChipDraft {
  switch (action.type) {
    case 'text':
      return { ...draft, text: action.text }
    case 'tag-key':
      return { ...draft, tagKey: action.tagKey }
    case 'toggle': {
      const { value } = action
      const values = draft.values.includes(value)
        ? draft.values.filter((v) => v !== value)
        : [...draft.values, value]
      return { ...draft, values }
    }
    case 'remove':
      return { ...draft, values: draft.values.filter((v) => v !== action.value) }
    case 'add': {
      const result = applyDraft(action.chip, action.filters, draft)
      if (!result.ok) return { ...draft, message: result.message }
      return { ...draft, values: [...result.values], text: '', message: null }
    }
    case 'refuse':
      return { ...draft, message: action.message }
  }
}
