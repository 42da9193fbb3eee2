import { t } from '../../lib/i18n'
import { Button } from '../../ui/button'
import { Icon } from '../../ui/icons'

/** One polite line above the table naming what the link asked for that is not shown. */
export function LinkNotice({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  return (
    <div
      role="status"
      aria-label={t('link.notice')}
      className="mx-4 mb-2 flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 text-xs leading-5 text-amber-950 dark:border-amber-800/70 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <Icon name="alert" className="mt-0.5 h-4 w-4 shrink-0 text-amber-600 dark:text-amber-400" />
      <p className="min-w-0 flex-1 break-words">{text}</p>
      <Button
        variant="ghost"
        size="icon"
        className="-my-1 h-7 w-7 shrink-0"
        aria-label={t('ui.dismiss')}
        onClick={onDismiss}
      >
        <Icon name="close" className="h-3.5 w-3.5" />
      </Button>
    </div>
  )
}
