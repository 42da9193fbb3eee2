/** The few line icons the app uses, drawn at 16 px with the current text colour. */
const PATHS = {
  copy: 'M5.5 5.5V3.75c0-.69.56-1.25 1.25-1.25h5.5c.69 0 1.25.56 1.25 1.25v5.5c0 .69-.56 1.25-1.25 1.25H10.5M3.75 5.5h5.5c.69 0 1.25.56 1.25 1.25v5.5c0 .69-.56 1.25-1.25 1.25h-5.5c-.69 0-1.25-.56-1.25-1.25v-5.5c0-.69.56-1.25 1.25-1.25Z',
  check: 'm3.5 8.5 3 3 6-7',
  close: 'm4 4 8 8m0-8-8 8',
  plus: 'M8 3.5v9M3.5 8h9',
  chevronLeft: 'm10 3.5-4.5 4.5 4.5 4.5',
  chevronRight: 'm6 3.5 4.5 4.5L6 12.5',
  chevronUp: 'm3.5 10 4.5-4.5 4.5 4.5',
  chevronDown: 'm3.5 6 4.5 4.5L12.5 6',
  first: 'm11.5 3.5-4.5 4.5 4.5 4.5M4.5 3.5v9',
  last: 'm4.5 3.5 4.5 4.5-4.5 4.5M11.5 3.5v9',
  sortAsc: 'M8 12.5v-9m-3.5 3.5L8 3.5 11.5 7',
  sortDesc: 'M8 3.5v9m-3.5-3.5L8 12.5 11.5 9',
  sortNone: 'm5 6 3-3 3 3M5 10l3 3 3-3',
  search: 'M7 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10Zm3.5-1.5L14 14',
  link: 'M6.75 9.25a2.5 2.5 0 0 0 3.54 0l2.12-2.12a2.5 2.5 0 0 0-3.54-3.54l-.7.7m-1.42 4.96a2.5 2.5 0 0 0-3.54 0L1.09 11.4a2.5 2.5 0 0 0 3.54 3.54l.7-.7',
  download: 'M8 2.5v8m-3.5-3.5L8 10.5 11.5 7M3 13.5h10',
  columns: 'M2.5 3.5h11v9h-11zM6.25 3.5v9M9.75 3.5v9',
  terminal: 'M2.5 3.5h11v9h-11zM5 6.5 7 8l-2 1.5M8.5 10h2.5',
  alert:
    'M8 5.5v3m0 2.25v.01M6.9 2.4 1.6 11.6c-.48.83.12 1.9 1.1 1.9h10.6c.98 0 1.58-1.07 1.1-1.9L9.1 2.4a1.27 1.27 0 0 0-2.2 0Z',
} as const

export type IconName = keyof typeof PATHS

/** Where the page's icons are drawn once (IconSprite); each icon on the page refers to its drawing by id. */
const ICON_SPRITE_ID = 'icon-sprite'

/**
 * Every icon's drawing, once per page: an icon is then `<svg><use href="#icon-copy"/></svg>`, a tenth of
 * the markup of drawing it in place, which a page of rows did twenty times over. Rendered at the end of the
 * page's header (app-header.tsx), before any content that uses it.
 */
export function IconSprite() {
  return (
    <svg id={ICON_SPRITE_ID} aria-hidden="true" className="absolute h-0 w-0 overflow-hidden">
      {(Object.keys(PATHS) as IconName[]).map((name) => (
        <symbol key={name} id={`icon-${name}`} viewBox="0 0 16 16">
          <path
            d={PATHS[name]}
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </symbol>
      ))}
    </svg>
  )
}

export function Icon({ name, className = 'h-4 w-4' }: { name: IconName; className?: string }) {
  return (
    <svg className={className} aria-hidden="true">
      <use href={`#icon-${name}`} />
    </svg>
  )
}
