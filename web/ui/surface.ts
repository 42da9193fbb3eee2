/** The look of floating panels (menus, popovers), shared so they match. */
export const floatingPanel =
  'z-30 rounded-lg border border-neutral-200 bg-white p-3 text-neutral-900 shadow-lg dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100'
