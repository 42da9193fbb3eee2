import * as Popover from '@radix-ui/react-popover'
import type { ReactElement } from 'react'
import { t } from '../../lib/i18n'
import { floatingPanel } from '../../ui/surface'
import ColumnsPanel from './columns-panel'
import type { ColumnPrefsControl } from './use-column-prefs'

interface ColumnsMenuProps {
  trigger: ReactElement
  defaultOpen?: boolean
  prefs: ColumnPrefsControl
}

/** The "Columns" popover: show, hide and reorder columns, and the density. Its code loads on first use. */
export default function ColumnsMenu({ trigger, defaultOpen, prefs }: ColumnsMenuProps) {
  return (
    <Popover.Root defaultOpen={defaultOpen}>
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content align="end" sideOffset={6} aria-label={t('tools.columns')} className={floatingPanel}>
          <ColumnsPanel prefs={prefs} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}
