import { t } from '../../lib/i18n'
import { typeLabel } from '../data/image-model'
import { cdcLabel } from '../drawer/cdc-label'
import { activeChips, type ChipId, chipLabel, chipValues, type FilterValues } from './filter-chips'

/** Chips in words, as the chip bar, the review stamp and the exports say them. */

export function formatChipValue(chip: ChipId, value: string): string {
  if (chip === 'cdcStatus') return cdcLabel(value)
  return chip === 'type' ? typeLabel(value) : value
}

/** "a", "a or b", "a, b or c"; "a、b 或 c". */
export function anyOf(words: readonly string[]): string {
  const last = words.at(-1) ?? ''
  return words.length < 2 ? last : `${words.slice(0, -1).join(t('ui.listSeparator'))}${t('chip.or')}${last}`
}

/**
 * "Type: Custom or Shared", "Tag env: prod, staging or test"; 镜像类型：自定义镜像 或 共享镜像. The values of
 * one filter widen it ("a, b or c"), as DescribeImages ORs them.
 */
export function formatChip(chip: ChipId, values: readonly string[]): string {
  const words = values.map((value) => formatChipValue(chip, value))
  return t('chip.summary', { label: chipLabel(chip), values: anyOf(words) })
}

/** Every active chip in words, for a line that states the view. */
export function formatChips(filters: FilterValues): string[] {
  return activeChips(filters).map((chip) => formatChip(chip, chipValues(filters, chip)))
}
