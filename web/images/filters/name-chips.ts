import { t } from '../../lib/i18n'
/**
 * Further Name chips. The values of one Name chip widen it ("Name: nginx or prod", OR); a further Name chip is an
 * `image-name` filter of its own, ANDed with the first and with each other ("Name: nginx" and "Name: prod"
 * narrow), as DescribeImages ANDs its Filters. They are `name2`, `name3`, … in the order added, after the first
 * Name chip (`name`), and numbered like their URL parameters.
 */
export type MoreNameChip = `name${number}`

/** The first further Name chip's number: `name2`. */
const FIRST_MORE = 2

/** `name2`, `name3`, …: the API's limit of filters, not the id, bounds how many there are. */
export function isMoreNameChip(chip: string): chip is MoreNameChip {
  const match = /^name([1-9]\d*)$/.exec(chip)
  return match !== null && Number(match[1]) >= FIRST_MORE
}

export function moreNameChipOf(index: number): MoreNameChip {
  return `name${index + FIRST_MORE}`
}

/** The position of a further Name chip in `moreNames`. */
export function moreNameIndex(chip: MoreNameChip): number {
  return Number(chip.slice('name'.length)) - FIRST_MORE
}

/** Two Name filters match the same images when they hold the same values, in any order and case. */
export function sameNames(a: readonly string[], b: readonly string[]): boolean {
  const lower = (values: readonly string[]) => new Set(values.map((value) => value.toLowerCase()))
  const left = lower(a)
  const right = lower(b)
  return left.size === right.size && [...left].every((value) => right.has(value))
}

/** Whether two of the Name filters are the same filter, which would show as two identical chips. */
export function repeatsNames(filters: readonly (readonly string[])[]): boolean {
  return filters.some((names, i) => filters.slice(i + 1).some((other) => sameNames(names, other)))
}

/** The first Name chip's values and the further ones'; no further ones while the first is empty. */
export interface NameFilters {
  name: string[]
  moreNames: string[][]
}
export type NameChip = 'name' | MoreNameChip

/** The Name chips with values, in order. */
export function nameChips(filters: NameFilters): NameChip[] {
  return filters.name.length === 0
    ? []
    : ['name', ...filters.moreNames.map((_, index) => moreNameChipOf(index))]
}

/** Sets one Name chip's values (past the end: a new chip last); none removes it, and the next moves up. */
export function withNameValues<T extends NameFilters>(filters: T, chip: NameChip, values: string[]): T {
  const all = [filters.name, ...filters.moreNames]
  const index = chip === 'name' ? 0 : moreNameIndex(chip) + 1
  const next = index < all.length ? all.map((names, i) => (i === index ? values : names)) : [...all, values]
  const [name = [], ...moreNames] = next.filter((names) => names.length > 0)
  return { ...filters, name, moreNames }
}

/** Why a Name filter is refused that repeats another's values: two chips would read the same. */
export const duplicateNameMessage = () => t('rule.duplicateName')
