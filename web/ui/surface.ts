import { focusRing } from './button'

/** The look of floating panels (menus, popovers), shared so they match. */
export const floatingPanel =
  'z-30 rounded-lg border border-neutral-200 bg-white p-3 text-neutral-900 shadow-lg dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100'

/** The look of a native <select>, shared so every one matches. */
export const selectClass = `h-8 rounded-md border border-neutral-300 bg-white px-2 text-sm text-neutral-800 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100 ${focusRing}`

/** The heading of a section inside a drawer or a panel (Snapshots, Instances, Shared with). */
export const sectionHeading =
  'mt-6 mb-2 text-xs font-semibold tracking-wide text-neutral-500 uppercase dark:text-neutral-400'

/** A small table inside a drawer: its header row and its body rows. */
export const smallTable = {
  table: 'w-full text-left text-sm tabular-nums',
  head: 'text-xs text-neutral-500 dark:text-neutral-400',
  headRow: 'border-b border-neutral-200 dark:border-neutral-800',
  row: 'border-b border-neutral-100 dark:border-neutral-800/70',
  cell: 'py-1.5 pr-3',
}
