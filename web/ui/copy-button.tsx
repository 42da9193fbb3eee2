import { type MouseEvent, useEffect, useState } from 'react'
import { t } from '../lib/i18n'
import { Button, type ButtonProps } from './button'
import { Icon } from './icons'

/**
 * Copies `text` to the clipboard and says so for a moment, visibly and to screen readers. `text` may be
 * a function, for text that is only worth computing (or loading the code for) when it is asked for.
 */
export function CopyButton({
  text,
  label,
  children,
  ...rest
}: { text: string | (() => string | Promise<string>); label: string } & Omit<ButtonProps, 'onClick'>) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 1500)
    return () => clearTimeout(timer)
  }, [state])
  const copy = (event: MouseEvent) => {
    event.stopPropagation()
    Promise.resolve(typeof text === 'function' ? text() : text)
      .then((value) => navigator.clipboard.writeText(value))
      .then(
        () => setState('copied'),
        () => setState('failed'),
      )
  }
  const status = state === 'copied' ? t('ui.copied') : state === 'failed' ? t('ui.copyFailed') : ''
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
