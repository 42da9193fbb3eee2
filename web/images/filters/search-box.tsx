import { type ClipboardEvent, useEffect, useId, useRef, useState } from 'react'
import { t } from '../../lib/i18n'
import { focusRing } from '../../ui/button'
import { HiddenFields } from '../../ui/hidden-fields'
import { Icon } from '../../ui/icons'
import { isTextEntry } from '../../ui/shortcut-keys'

/**
 * The search box: Enter submits its text (the caller decides between a name and an ID lookup), "/"
 * anywhere focuses it, Escape and ↓ go on to the table, and pasted new lines survive as spaces instead of
 * gluing IDs together. Beside it, what Enter will do with the text, when that is not plain (an ID lookup).
 */
export function SearchBox({
  onSubmit,
  onLeave,
  hint,
  fields,
}: {
  onSubmit: (text: string) => boolean
  /** Escape or ↓: on to the results, the typed text kept. */
  onLeave: () => void
  /** What Enter will do with this text, e.g. "Press Enter to look up 7 IDs", or null. */
  hint: (text: string) => string | null
  /** The rest of the URL a search goes to: without the script the box is a GET form (`?name=`). */
  fields: readonly [string, string][]
}) {
  const [text, setText] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const hintId = useId()

  useEffect(() => {
    const focusOnSlash = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target))
        return
      if (document.querySelector('[role="dialog"]')) return
      event.preventDefault()
      input.current?.focus()
    }
    window.addEventListener('keydown', focusOnSlash)
    return () => window.removeEventListener('keydown', focusOnSlash)
  }, [])

  const paste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text')
    if (!/[\r\n]/.test(pasted)) return
    event.preventDefault()
    const field = event.currentTarget
    const start = field.selectionStart ?? text.length
    const end = field.selectionEnd ?? text.length
    setText(`${text.slice(0, start)}${pasted.replace(/\s+/g, ' ').trim()}${text.slice(end)}`)
  }

  return (
    <>
      <form
        method="get"
        className="relative w-full sm:w-auto sm:max-w-sm sm:flex-1"
        onSubmit={(event) => {
          event.preventDefault()
          if (onSubmit(text)) setText('')
        }}
      >
        <HiddenFields fields={fields} />
        <Icon
          name="search"
          className="pointer-events-none absolute top-2 left-2.5 h-4 w-4 text-neutral-400"
        />
        <input
          ref={input}
          type="search"
          name="name"
          aria-label={t('filters.search')}
          aria-keyshortcuts="/"
          aria-describedby={hintId}
          placeholder={t('filters.searchPlaceholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onPaste={paste}
          onKeyDown={(event) => {
            // The script's own submit; the form's is for a page without it.
            if (event.key === 'Enter') {
              event.preventDefault()
              if (onSubmit(text)) setText('')
            }
            if (event.key === 'Escape' || event.key === 'ArrowDown') {
              event.preventDefault()
              onLeave()
            }
          }}
          className={`h-8 w-full rounded-md border border-neutral-300 bg-white pr-8 pl-8 text-sm placeholder:text-neutral-500 dark:border-neutral-700 dark:bg-neutral-900 dark:placeholder:text-neutral-400 ${focusRing}`}
        />
        {text === '' && (
          <kbd className="pointer-events-none absolute top-1.5 right-2 hidden rounded border border-neutral-300 px-1.5 font-mono text-[11px] leading-4 text-neutral-500 sm:block dark:border-neutral-700 dark:text-neutral-400">
            /
          </kbd>
        )}
      </form>
      <p id={hintId} role="status" className="text-xs text-neutral-600 empty:hidden dark:text-neutral-400">
        {hint(text)}
      </p>
    </>
  )
}
