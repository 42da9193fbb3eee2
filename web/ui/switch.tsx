import { focusRing } from './button'

interface SwitchProps {
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  title?: string
}

/** An on/off switch (role "switch"), named by its visible label. */
export function Switch({ label, checked, onChange, title }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      title={title}
      onClick={() => onChange(!checked)}
      className={`inline-flex shrink-0 items-center gap-2 rounded-md text-sm whitespace-nowrap ${focusRing}`}
    >
      <span
        aria-hidden="true"
        className={`relative inline-block h-4 w-7 rounded-full transition-colors ${checked ? 'bg-blue-600 dark:bg-blue-500' : 'bg-neutral-300 dark:bg-neutral-600'}`}
      >
        <span
          className={`absolute top-0.5 left-0.5 h-3 w-3 rounded-full bg-white shadow transition-transform ${checked ? 'translate-x-3' : ''}`}
        />
      </span>
      {label}
    </button>
  )
}
