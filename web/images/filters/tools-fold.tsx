import { type ReactNode, useState } from 'react'
import { t } from '../../lib/i18n'
import { Button } from '../../ui/button'
import { Icon } from '../../ui/icons'

export interface ToolsFold {
  /** "Filters & tools", shown on a phone only. */
  button: ReactNode
  /** For what folds away on a phone while the fold is closed: the pickers, "Add filter", the view's tools. */
  folded: string
}

/**
 * On a phone the pickers, "Add filter" and the view's tools fold behind one button, so the search box, the
 * stamp and the first rows fill the first screen. Wider screens show everything and never see the button.
 */
export function useToolsFold(): ToolsFold {
  const [open, setOpen] = useState(false)
  return {
    button: (
      <Button size="sm" className="ml-auto sm:hidden" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('tools.fold')}
        <Icon name={open ? 'chevronUp' : 'chevronDown'} className="h-3.5 w-3.5" />
      </Button>
    ),
    folded: open ? '' : 'max-sm:hidden',
  }
}
