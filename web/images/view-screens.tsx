import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from 'react'
import { withLaterWords } from '../lib/i18n'
import type { ScreenProps } from './screen-props'
import type { ViewMode } from './view-state/url-state'

type Screen = LazyExoticComponent<ComponentType<ScreenProps>>
export const lazyScreen = (load: () => Promise<{ default: ComponentType<ScreenProps> }>): Screen =>
  lazy(withLaterWords(load))

/**
 * The views beside the list (`view=`), each a feature folder of its own that loads, with its words, when first
 * shown. A screen does its own loading and says what it could not read.
 */
export const SCREENS: Partial<Record<ViewMode, Screen>> = {
  summary: lazyScreen(() => import('../summary/summary-view')),
  cleanup: lazyScreen(() => import('../cleanup/cleanup-view')),
}

/** The views the filters apply to; the others (the cleanup review) cover every custom image of the region. */
export const usesFilters = (mode: ViewMode) => mode !== 'cleanup'

/** The views this build offers, the list first, in the order the view switch shows them. */
export const offeredModes = (): ViewMode[] => [
  'list',
  ...(Object.keys(SCREENS) as ViewMode[]).filter((mode) => mode !== 'list'),
]

/** The view named by `view=` when it is not the list. */
export function ViewScreen(props: ScreenProps) {
  const Component = SCREENS[props.view.mode]
  if (!Component) return null
  return (
    <Suspense fallback={<div className="min-h-40 flex-1" aria-busy="true" />}>
      <Component {...props} />
    </Suspense>
  )
}
