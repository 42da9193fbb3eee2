import { useCallback, useEffect, useState } from 'react'
import { MAX_IMAGE_IDS } from '../../../core/describe-images'
import { useOpeningSearch, type ViewUpdate } from './use-view-state'
import { formatLinkNotice, type LinkNoticeFacts, parseViewLink } from './view-link'

const NOTHING_IGNORED: LinkNoticeFacts = { ignored: [], droppedIds: 0 }

type Update = (change: ViewUpdate, options?: { replace?: boolean }) => void

/**
 * What the opening link asked for that the screen cannot show, in words, until dismissed. The URL is
 * rewritten (without a history entry) to the view on screen, so Copy link never passes a bad value on.
 * `notePastEnd`: the page shown instead of one past the end, named when that page came from the link.
 */
export function useLinkNotice(update: Update) {
  // The link is read once, as opened; its words follow the language.
  const search = useOpeningSearch()
  const [link, setLink] = useState<LinkNoticeFacts>(() => parseViewLink(search))
  const [linkPage] = useState(() => parseViewLink(search).view.page)
  useEffect(() => {
    update((view) => view, { replace: true })
  }, [update])
  const notePastEnd = useCallback(
    (asked: number, last: number) => {
      if (asked === linkPage) setLink((current) => ({ ...current, pastEnd: { asked, last } }))
    },
    [linkPage],
  )
  return {
    text: formatLinkNotice(link, MAX_IMAGE_IDS),
    dismiss: () => setLink(NOTHING_IGNORED),
    notePastEnd,
  }
}
