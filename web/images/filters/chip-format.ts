import { typeLabel } from '../data/image-model'
import { CDC_LABELS } from '../drawer/image-facts'
import { activeChips, type ChipId, chipLabel, chipValues, type FilterValues } from './filter-chips'

/** Chips in words, as the chip bar, the review stamp and the exports say them. */

export function formatChipValue(chip: ChipId, value: string): string {
  if (chip === 'cdcStatus') return CDC_LABELS[value] ?? value
  return chip === 'type' ? typeLabel(value) : value
}

/** "a", "a or b", "a, b or c": the values of one filter widen it, as DescribeImages ORs them. */
function anyOf(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
}

/** "Type: Custom or Shared", "Tag env: prod, staging or test". */
export function formatChip(chip: ChipId, values: readonly string[]): string {
  return `${chipLabel(chip)}: ${anyOf(values.map((value) => formatChipValue(chip, value)))}`
}

/** Every active chip in words, for a line that states the view. */
export function formatChips(filters: FilterValues): string[] {
  return activeChips(filters).map((chip) => formatChip(chip, chipValues(filters, chip)))
}
