import { type MouseEvent, useEffect, useState } from 'react'
import { Button, type ButtonProps } from './button'
import { Icon } from './icons'

/** Copies `text` to the clipboard and says so for a moment, visibly and to screen readers. */
export function CopyButton({
  text,
  label,
  children,
  ...rest
}: { text: string; label: string } & Omit<ButtonProps, 'onClick'>) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 1500)
    return () => clearTimeout(timer)
  }, [state])
  const copy = (event: MouseEvent) => {
    event.stopPropagation()
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    )
  }
  const status = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : ''
  return (
    <Button aria-label={children ? undefined : label} title={label} onClick={copy} {...rest}>
      <Icon name={state === 'copied' ? 'check' : 'copy'} className="h-3.5 w-3.5" />
      {children}
      <span role="status" className="sr-only">
        {status}
      </span>
    </Button>
  )
}
