import { createContext, useContext, useEffect } from 'react'
import { localZone, type TimeZone, UTC_ZONE } from '../../lib/format'
import { useBrowserValue } from '../../lib/hydration'
import type { TimeZoneChoice, ViewState } from './url-state'
import type { ViewUpdate } from './use-view-state'

const STORAGE_KEY = 'cvm-image-browser.time-zone'

function readStored(): TimeZoneChoice {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'utc' ? 'utc' : 'local'
  } catch {
    return 'local'
  }
}

/** The zone every date on screen, in the drawer, the stamp and the exports is shown in. */
export const TimeZoneContext = createContext<TimeZone>(UTC_ZONE)

export function useZone(): TimeZone {
  return useContext(TimeZoneContext)
}

const readLocal = () => localZone(Date.now())

type Update = (change: ViewUpdate, options?: { replace?: boolean }) => void

/**
 * The time zone: the URL's (`tz=utc`; local is the default), else the user's remembered choice, which is
 * then written into the URL so a link copied from this screen shows the same times.
 */
export function useTimeZone(view: ViewState, update: Update) {
  const [stored, setStored] = useBrowserValue(readStored, 'local')
  const choice = view.tz
  useEffect(() => {
    if (stored === 'utc' && choice === 'local') update((v) => ({ ...v, tz: 'utc' }), { replace: true })
  }, [stored, choice, update])
  // The server cannot know the browser's zone: a rendered page shows UTC, labelled so, and the browser's
  // own zone replaces it once the page is hydrated (the same markup on both sides until then).
  const [local] = useBrowserValue(readLocal, UTC_ZONE)
  const zone = choice === 'utc' ? UTC_ZONE : local
  const choose = (next: TimeZoneChoice) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Storage can be full or switched off; the choice still holds in the URL.
    }
    setStored(next)
    update((v) => ({ ...v, tz: next }), { replace: true })
  }
  return { zone, local, choice, choose }
}
