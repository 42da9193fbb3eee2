import { focusRing } from './button'

/** The look of floating panels (menus, popovers), shared so they match. */
export const floatingPanel =
  'z-30 rounded-lg border border-neutral-200 bg-white p-3 text-neutral-900 shadow-lg dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100'

/** The look of a native <select>, shared so every one matches. */
export const selectClass = `h-8 rounded-md border border-neutral-300 bg-white px-2 text-sm text-neutral-800 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100 ${focusRing}`
