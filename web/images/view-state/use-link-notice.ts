import { useEffect, useState } from 'react'
import { MAX_IMAGE_IDS } from '../../../core/describe-images'
import type { ViewUpdate } from './use-view-state'
import { formatLinkNotice, parseViewLink } from './view-link'

type Update = (change: ViewUpdate, options?: { replace?: boolean }) => void

/**
 * What the opening link asked for that the screen cannot show, in words, until dismissed. The URL is
 * rewritten (without a history entry) to the view on screen, so Copy link never passes a bad value on.
 */
export function useLinkNotice(update: Update) {
  const [text, setText] = useState(() =>
    formatLinkNotice(parseViewLink(window.location.search), MAX_IMAGE_IDS),
  )
  useEffect(() => {
    update((view) => view, { replace: true })
  }, [update])
  return { text, dismiss: () => setText('') }
}
