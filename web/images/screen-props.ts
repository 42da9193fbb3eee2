import type { ReactNode } from 'react'
import type { ViewState } from './view-state/url-state'
import type { UpdateOptions, ViewUpdate } from './view-state/use-view-state'

/** What a view other than the list is given: the view in the URL, its region and the way to change both. */
export interface ScreenProps {
  view: ViewState
  /** The region the view reads; null until the proxy's default is known. */
  region: string | null
  update: (change: ViewUpdate, options?: UpdateOptions) => void
  /** The switch between the views, for the screen's bar, where the list has it too. */
  nav: ReactNode
}
