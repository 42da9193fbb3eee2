import type { ButtonHTMLAttributes, Ref } from 'react'

export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-400'

const VARIANTS = {
  primary:
    'bg-blue-600 text-white hover:bg-blue-700 disabled:bg-blue-600/50 dark:bg-blue-500 dark:hover:bg-blue-400',
  secondary:
    'border border-neutral-300 bg-white text-neutral-800 hover:bg-neutral-50 disabled:text-neutral-400 ' +
    'dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100 dark:hover:bg-neutral-800 dark:disabled:text-neutral-500 ' +
    'aria-disabled:cursor-not-allowed aria-disabled:text-neutral-400 dark:aria-disabled:text-neutral-500',
  ghost:
    'text-neutral-700 hover:bg-neutral-100 disabled:text-neutral-400 dark:text-neutral-300 dark:hover:bg-neutral-800 dark:disabled:text-neutral-600',
}

const SIZES = { sm: 'h-7 px-2 text-xs', md: 'h-8 px-3 text-sm', icon: 'h-7 w-7 justify-center p-0' }

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: keyof typeof VARIANTS
  size?: keyof typeof SIZES
  ref?: Ref<HTMLButtonElement>
}

/** A button's look, for a link that acts as one (`aria-disabled` standing for `disabled`). */
export function buttonClass(
  variant: keyof typeof VARIANTS = 'secondary',
  size: keyof typeof SIZES = 'md',
): string {
  return `inline-flex shrink-0 items-center gap-1.5 rounded-md font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed ${VARIANTS[variant]} ${SIZES[size]} ${focusRing}`
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
