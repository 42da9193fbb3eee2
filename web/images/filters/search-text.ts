import { MAX_IMAGE_IDS } from '../../../core/describe-images'
import { t } from '../../lib/i18n'
import { isImageId } from '../data/image-model'
import { cleanValues } from './filter-chips'

export type IdPaste =
  | {
      kind: 'ids'
      /** The IDs to look up: at most one lookup's worth, without repeats. */
      ids: string[]
      /** The tokens that are not image IDs, as typed. */
      notIds: string[]
      /** IDs past the most one lookup takes. */
      dropped: number
    }
  | { kind: 'text'; text: string }
  | { kind: 'empty' }

/**
 * Text typed or pasted in the search box, read token by token (spaces, commas, semicolons, new lines):
 * when most tokens are image IDs it is a lookup of those IDs, the others set aside to be named; otherwise
 * it is a name, as typed.
 */
export function parseSearchText(input: string): IdPaste {
  const tokens = input.split(/[\s,;]+/).filter((token) => token !== '')
  if (tokens.length === 0) return { kind: 'empty' }
  const idTokens = tokens.filter(isImageId)
  if (idTokens.length * 2 <= tokens.length) return { kind: 'text', text: input.trim() }
  const ids = cleanValues('id', idTokens)
  return {
    kind: 'ids',
    ids: ids.slice(0, MAX_IMAGE_IDS),
    notIds: tokens.filter((token) => !isImageId(token)),
    dropped: Math.max(0, ids.length - MAX_IMAGE_IDS),
  }
}

/** "Not image IDs: foo, bar. 20 more IDs were dropped: one lookup takes at most 100." or null. */
export function formatPasteNote(paste: IdPaste): string | null {
  if (paste.kind !== 'ids') return null
  const parts: string[] = []
  if (paste.notIds.length > 0) parts.push(t('paste.notIds', { tokens: paste.notIds.join(', ') }))
  if (paste.dropped > 0) {
    parts.push(t('paste.dropped', { count: paste.dropped, max: MAX_IMAGE_IDS }))
  }
  return parts.length > 0 ? parts.join(' ') : null
}
