import { type Ref, useId, useState } from 'react'
import { t } from '../../lib/i18n'
import { buttonClass } from '../../ui/button'
import { HiddenFields } from '../../ui/hidden-fields'
import { Icon, type IconName } from '../../ui/icons'
import { inPage } from '../../ui/in-page-link'
import { selectClass } from '../../ui/surface'

/** The pagination bar's controls: each works without the script too (a link, a GET form). */

export function PageLink({
  label,
  icon,
  page,
  disabled,
  href,
  onPage,
  ref,
}: {
  label: string
  icon: IconName
  page: number
  disabled: boolean
  href: (page: number) => string
  onPage: (page: number) => void
  ref?: Ref<HTMLAnchorElement>
}) {
  const className = `${buttonClass('secondary', 'icon')} h-8 w-8`
  // A link cannot be disabled: without its href it is no link, and aria-disabled says why.
  if (disabled) {
    return (
      // biome-ignore lint/a11y/useValidAnchor: a step that goes nowhere on this page, announced as disabled
      <a ref={ref} role="link" aria-disabled="true" aria-label={label} title={label} className={className}>
        <Icon name={icon} />
      </a>
    )
  }
  return (
    <a
      ref={ref}
      href={href(page)}
      aria-label={label}
      title={label}
      className={className}
      onClick={inPage(() => onPage(page))}
    >
      <Icon name={icon} />
    </a>
  )
}

/** A labelled <select> of numbers. */
export function NumberSelect(props: {
  label: string
  value: number
  options: readonly number[]
  onChange: (value: number) => void
}) {
  const id = useId()
  return (
    <div className="flex items-center gap-2 text-neutral-600 dark:text-neutral-400">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        className={selectClass}
        value={props.value}
        onChange={(event) => props.onChange(Number(event.target.value))}
      >
        {props.options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * The page number, typed: Enter or leaving the box goes there (clamped to the pages there are); Escape
 * puts the current number back. A list of hundreds of numbers is not a control.
 */
export function PageInput({
  page,
  last,
  onPage,
  fields,
}: {
  page: number
  last: number
  onPage: (page: number) => void
  fields: readonly [string, string][]
}) {
  const [text, setText] = useState<string | null>(null)
  const go = () => {
    const typed = Number.parseInt(text ?? '', 10)
    setText(null)
    if (Number.isFinite(typed)) {
      const target = Math.min(Math.max(typed, 1), last)
      if (target !== page) onPage(target)
    }
  }
  // A GET form: without the script, Enter goes to `?page=N` with the rest of the view.
  return (
    <form
      method="get"
      className="contents"
      onSubmit={(event) => {
        event.preventDefault()
        go()
      }}
    >
      <HiddenFields fields={fields} />
      <label className="flex items-center gap-2 text-neutral-600 dark:text-neutral-400">
        {t('page.page')}
        <input
          type="number"
          name="page"
          inputMode="numeric"
          min={1}
          max={last}
          value={text ?? String(page)}
          onChange={(event) => setText(event.target.value)}
          onBlur={go}
          onKeyDown={(event) => {
            // The script's own Enter; the form's submit is for a page without it.
            if (event.key === 'Enter') {
              event.preventDefault()
              go()
            }
            if (event.key === 'Escape') setText(null)
          }}
          className={`${selectClass} w-16 text-right tabular-nums [appearance:textfield] [&::-webkit-inner-spin-button]:appearance-none`}
        />
      </label>
    </form>
  )
}
