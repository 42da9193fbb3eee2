import { MAX_IMAGE_IDS, parseImageId } from '../../../core/describe-images'
import { t } from '../../lib/i18n'
import { cleanValues } from './filter-chips'

export type IdPaste =
  | {
      kind: 'ids'
      /** The IDs to look up: at most one lookup's worth, without repeats; none when every one was malformed. */
      ids: string[]
      /** The tokens that are not image IDs, as typed. */
      notIds: string[]
      /** IDs past the most one lookup takes. */
      dropped: number
    }
  | { kind: 'text'; text: string }
  | { kind: 'empty' }

/** A token meant as an image ID, well-formed or not: `img-abc` is a mistyped ID, not a name. */
const MEANT_AS_ID = /^img-/i

/**
 * Text typed or pasted in the search box, read token by token (spaces, commas, semicolons, new lines):
 * when most tokens are meant as image IDs it is a lookup of the well-formed ones (core's shape), the others
 * set aside to be named; otherwise it is a name, as typed.
 */
export function parseSearchText(input: string): IdPaste {
  const tokens = input.split(/[\s,;]+/).filter((token) => token !== '')
  if (tokens.length === 0) return { kind: 'empty' }
  const meantAsIds = tokens.filter((token) => MEANT_AS_ID.test(token))
  if (meantAsIds.length * 2 <= tokens.length) return { kind: 'text', text: input.trim() }
  const ids = cleanValues('id', meantAsIds)
  return {
    kind: 'ids',
    ids: ids.slice(0, MAX_IMAGE_IDS),
    notIds: tokens.filter((token) => parseImageId(token) === null),
    dropped: Math.max(0, ids.length - MAX_IMAGE_IDS),
  }
}

/** What Enter will do with the search box's text, when it is an ID lookup: "Press Enter to look up 7 IDs". */
export function formatSearchHint(input: string): string | null {
  const parsed = parseSearchText(input)
  return parsed.kind === 'ids' && parsed.ids.length > 0
    ? t('search.pressEnter', { count: parsed.ids.length })
    : null
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
