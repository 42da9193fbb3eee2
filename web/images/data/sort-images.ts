import type { Language } from '../../lib/i18n'
import type { SortKey } from '../view-state/url-state'
import { type Image, type ImageField, statusDisplay, typeLabel } from './image-model'

const collators = new Map<Language, Intl.Collator>()

/** Natural and case-insensitive ("Ubuntu 9" before "ubuntu 10"), in the language's order (pinyin in zh-CN). */
function collatorFor(language: Language): Intl.Collator {
  let collator = collators.get(language)
  if (!collator) {
    collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' })
    collators.set(language, collator)
  }
  return collator
}

/** What a field sorts by: the text the user sees (in the active language), or the time for dates. */
export function sortValue(image: Image, field: ImageField): string | number {
  switch (field) {
    case 'name':
      return image.name
    case 'id':
      return image.id
    case 'type':
      return typeLabel(image.type)
    case 'os':
      return image.osName
    case 'platform':
      return image.platform
    case 'arch':
      return image.architecture
    case 'status':
      return statusDisplay(image.status).label
    case 'created':
      return image.createdTime
    case 'creator':
      return image.creator
    case 'family':
      return image.family ?? ''
    case 'instances':
      // Not scanned sorts below every count.
      return image.instances ?? -1
  }
}

/** Unknown dates and empty text (no family) go last whichever the direction: they are not values. */
const isMissing = (value: string | number) => (typeof value === 'number' ? Number.isNaN(value) : value === '')

function compareValues(
  a: string | number,
  b: string | number,
  desc: boolean,
  collator: Intl.Collator,
): number {
  if (isMissing(a) || isMissing(b)) return isMissing(a) ? (isMissing(b) ? 0 : 1) : -1
  const order =
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b))
  return desc ? -order : order
}

/**
 * Sorts by each key in turn, as the page shows the values in `language` (the active one, whose words the
 * types and states are read in); images that tie on every key keep their API order (the sort is stable).
 */
export function sortImages(images: readonly Image[], sort: readonly SortKey[], language: Language): Image[] {
  if (sort.length === 0) return [...images]
  const collator = collatorFor(language)
  return [...images].sort((a, b) => {
    for (const key of sort) {
      const order = compareValues(sortValue(a, key.field), sortValue(b, key.field), key.desc, collator)
      if (order !== 0) return order
    }
    return 0
  })
}
