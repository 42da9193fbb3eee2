import { MAX_IMAGE_IDS } from '../../../core/describe-images'
import { t } from '../../lib/i18n'
import { isImageId } from '../data/image-model'
import { cleanValues } from './filter-chips'

export type IdPaste = { kind: 'ids'; ids: string[] } | { kind: 'text'; text: string } | { kind: 'empty' }

/** Text typed or pasted in the search box: image IDs (any spaces, commas, semicolons or new lines) or a name. */
export function parseSearchText(input: string): IdPaste {
  const tokens = input.split(/[\s,;]+/).filter((token) => token !== '')
  if (tokens.length === 0) return { kind: 'empty' }
  if (tokens.every(isImageId)) return { kind: 'ids', ids: cleanValues('id', tokens) }
  return { kind: 'text', text: input.trim() }
}

export function checkLookup(ids: readonly string[]): string | null {
  return ids.length > MAX_IMAGE_IDS ? t('rule.maxIds', { max: MAX_IMAGE_IDS }) : null
}
