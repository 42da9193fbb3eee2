import type { ButtonHTMLAttributes, Ref } from 'react'

export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-400'

/** The looks, as component classes in web/app/index.css (`.btn-<variant>`, `.btn-<size>`). */
type Variant = 'primary' | 'secondary' | 'ghost'
type Size = 'sm' | 'md' | 'icon'

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant
  size?: Size
  ref?: Ref<HTMLButtonElement>
}

/** A button's look, for a link that acts as one (`aria-disabled` standing for `disabled`). */
export function buttonClass(variant: Variant = 'secondary', size: Size = 'md'): string {
  return `btn btn-${variant} btn-${size}`
}

export function Button({
  variant = 'secondary',
  size = 'md',
  className = '',
  type = 'button',
  ...rest
}: ButtonProps) {
  return <button type={type} className={`${buttonClass(variant, size)} ${className}`} {...rest} />
}
