import { useEffect, useState } from 'react'
import { MAX_IMAGE_IDS } from '../../../core/describe-images'
import { useOpeningSearch, type ViewUpdate } from './use-view-state'
import { formatLinkNotice, parseViewLink, type ViewLink } from './view-link'

const NOTHING_IGNORED: Pick<ViewLink, 'ignored' | 'droppedIds'> = { ignored: [], droppedIds: 0 }

type Update = (change: ViewUpdate, options?: { replace?: boolean }) => void

/**
 * What the opening link asked for that the screen cannot show, in words, until dismissed. The URL is
 * rewritten (without a history entry) to the view on screen, so Copy link never passes a bad value on.
 */
export function useLinkNotice(update: Update) {
  // The link is read once, as opened; its words follow the language.
  const search = useOpeningSearch()
  const [link, setLink] = useState<Pick<ViewLink, 'ignored' | 'droppedIds'>>(() => parseViewLink(search))
  useEffect(() => {
    update((view) => view, { replace: true })
  }, [update])
  return { text: formatLinkNotice(link, MAX_IMAGE_IDS), dismiss: () => setLink(NOTHING_IGNORED) }
}
