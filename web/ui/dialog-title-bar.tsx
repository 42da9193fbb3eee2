import * as Dialog from '@radix-ui/react-dialog'
import type { ReactNode } from 'react'
import { t } from '../lib/i18n'
import { Button } from './button'
import { Icon } from './icons'

interface DialogTitleBarProps {
  title: ReactNode
  /** Classes of the title, for its size and wrapping. */
  titleClassName: string
  /** Classes of the bar itself: its spacing and border. */
  className: string
  /** What sits under the title, beside the close button (a drawer's description). */
  children?: ReactNode
}

/** A dialog's title (its accessible name) and its "Close" button, on one line. */
export function DialogTitleBar({ title, titleClassName, className, children }: DialogTitleBarProps) {
  const heading = <Dialog.Title className={titleClassName}>{title}</Dialog.Title>
  return (
    <div className={`flex items-start ${className}`}>
      {children ? (
        <div className="min-w-0 flex-1">
          {heading}
          {children}
        </div>
      ) : (
        heading
      )}
      <Dialog.Close asChild>
        <Button variant="ghost" size="icon" aria-label={t('ui.close')}>
          <Icon name="close" />
        </Button>
      </Dialog.Close>
    </div>
  )
}
