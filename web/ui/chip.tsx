import type { ButtonHTMLAttributes, Ref } from 'react'
import { focusRing } from './button'
import { Icon } from './icons'
import { inPage } from './in-page-link'

interface ChipProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  label: string
  removeLabel: string
  onRemove: () => void
  /** The URL without this chip: the remove is then a link, which works without the script too. */
  removeHref?: string
  ref?: Ref<HTMLButtonElement>
}

/** A removable token. Extra props go to the label button, so a popover can use it as its trigger. */
export function Chip({
  label,
  removeLabel,
  onRemove,
  removeHref,
  disabled,
  className = '',
  ...rest
}: ChipProps) {
  const removeClass = `flex h-full w-6 shrink-0 items-center justify-center rounded-r-md hover:bg-blue-100 disabled:cursor-not-allowed dark:hover:bg-blue-900/60 ${focusRing}`
  return (
    <span
      className={`inline-flex h-7 max-w-full items-center rounded-md border text-xs ${
        disabled
          ? 'border-dashed border-neutral-300 text-neutral-500 dark:border-neutral-700 dark:text-neutral-400'
          : 'border-blue-200 bg-blue-50 text-blue-900 dark:border-blue-900 dark:bg-blue-950/50 dark:text-blue-100'
      } ${className}`}
    >
      <button
        type="button"
        disabled={disabled}
        className={`h-full min-w-0 truncate rounded-l-md pr-1 pl-2 font-medium disabled:cursor-not-allowed ${focusRing}`}
        {...rest}
      >
        {label}
      </button>
      {removeHref !== undefined && !disabled ? (
        <a
          href={removeHref}
          aria-label={removeLabel}
          title={removeLabel}
          onClick={inPage(onRemove)}
          className={removeClass}
        >
          <Icon name="close" className="h-3 w-3" />
        </a>
      ) : (
        <button
          type="button"
          aria-label={removeLabel}
          title={removeLabel}
          onClick={onRemove}
          disabled={disabled}
          className={removeClass}
        >
          <Icon name="close" className="h-3 w-3" />
        </button>
      )}
    </span>
  )
}
