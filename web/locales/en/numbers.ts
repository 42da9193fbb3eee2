const numbers = new Intl.NumberFormat('en-US')
const plurals = new Intl.PluralRules('en-US')

/** "1,204": numbers as English writes them. */
export const n = (value: number) => numbers.format(value)

/** "1 image", "3 images"; "1 ID", "3 IDs": English needs a plural; Intl.PluralRules picks it. */
export const counted = (count: number, one: string, other: string) =>
  `${n(count)} ${plurals.select(count) === 'one' ? one : other}`

export const images = (count: number) => counted(count, 'image', 'images')
