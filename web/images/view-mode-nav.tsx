import { t } from '../lib/i18n'
import { focusRing } from '../ui/button'
import { offeredModes } from './view-screens'
import { formatViewState, type ViewMode, type ViewState } from './view-state/url-state'
import { type UpdateOptions, useOpeningSearch, type ViewUpdate } from './view-state/use-view-state'

interface ViewModeNavProps {
  view: ViewState
  update: (change: ViewUpdate, options?: UpdateOptions) => void
}

/**
 * The switch between the list and the views beside it: links (`?view=summary`), so each view can be opened in a
 * new tab or pasted, taken over for in-page navigation. Leaving the list closes its drawer and comparison.
 */
export function ViewModeNav({ view, update }: ViewModeNavProps) {
  const modes = offeredModes()
  // Parameters the view does not own (the language, the theme) go along.
  const keep = new URLSearchParams(useOpeningSearch())
  if (modes.length < 2) return null
  const target = (mode: ViewMode): ViewState => ({ ...view, mode, page: 1, image: null, compare: [] })
  return (
    <nav aria-label={t('mode.nav')} className="print:hidden review:hidden">
      <ul className="inline-flex rounded-md border border-neutral-300 p-0.5 text-sm dark:border-neutral-700">
        {modes.map((mode) => {
          const current = mode === view.mode
          return (
            <li key={mode}>
              <a
                href={formatViewState(target(mode), keep) || '?'}
                aria-current={current ? 'page' : undefined}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
                  event.preventDefault()
                  if (!current) update(() => target(mode))
                }}
                className={`block rounded px-2.5 py-1 whitespace-nowrap ${focusRing} ${
                  current
                    ? 'bg-neutral-900 text-white dark:bg-neutral-100 dark:text-neutral-900'
                    : 'text-neutral-700 hover:bg-neutral-100 dark:text-neutral-300 dark:hover:bg-neutral-800'
                }`}
              >
                {t(`mode.${mode}`)}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
