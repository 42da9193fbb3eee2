import * as Popover from '@radix-ui/react-popover'
import type { ReactElement } from 'react'
import { t } from '../../lib/i18n'
import type { LazyOpening } from '../../ui/lazy-menu'
import { floatingPanel } from '../../ui/surface'
import ColumnsPanel from './columns-panel'
import type { ColumnPrefsControl } from './use-column-prefs'

interface ColumnsMenuProps {
  trigger: ReactElement
  /** How it opens the first time, from LazyMenu. */
  opening?: LazyOpening
  prefs: ColumnPrefsControl
}

/** The "Columns" popover: show, hide and reorder columns, and the density. Its code loads on first use. */
export default function ColumnsMenu({ trigger, opening, prefs }: ColumnsMenuProps) {
  return (
    <Popover.Root defaultOpen={opening?.defaultOpen}>
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          onFocus={opening?.onFocus}
          aria-label={t('tools.columns')}
          className={floatingPanel}
        >
          <ColumnsPanel prefs={prefs} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}
