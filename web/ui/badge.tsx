import type { ReactNode } from 'react'

const TONES = {
  ok: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20 dark:bg-emerald-950/60 dark:text-emerald-300 dark:ring-emerald-400/20',
  busy: 'bg-blue-50 text-blue-800 ring-blue-600/20 dark:bg-blue-950/60 dark:text-blue-300 dark:ring-blue-400/20',
  failed: 'bg-red-50 text-red-800 ring-red-600/20 dark:bg-red-950/60 dark:text-red-300 dark:ring-red-400/25',
  neutral:
    'bg-neutral-100 text-neutral-700 ring-neutral-500/20 dark:bg-neutral-800 dark:text-neutral-300 dark:ring-neutral-400/20',
} as const

const DOTS = { ok: 'bg-emerald-500', busy: 'bg-blue-500', failed: 'bg-red-500', neutral: 'bg-neutral-400' }

export type BadgeTone = keyof typeof TONES

/** A small label with a coloured dot; the text carries the meaning, the colour only repeats it. */
export function Badge({
  tone,
  dot = false,
  children,
}: {
  tone: BadgeTone
  dot?: boolean
  children: ReactNode
}) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONES[tone]}`}
    >
      {dot && <span className={`h-1.5 w-1.5 rounded-full ${DOTS[tone]}`} aria-hidden="true" />}
      {children}
    </span>
  )
}
