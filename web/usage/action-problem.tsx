import { errorClassOf } from '../../core/errors'
import { READ_ACTIONS } from '../../core/read-actions'
import { useApi } from '../images/public'
import type { ApiError } from '../lib/api-error'
import { t } from '../lib/i18n'
import { Button } from '../ui/button'

export type UsageAction = 'DescribeInstances' | 'DescribeImageSharePermission' | 'DescribeImageQuota'

/** Whether the keys lack the action's CAM permission (the proxy answers it 403, naming the action). */
export const isDenied = (error: ApiError, family: 'legacy' | 'v3') =>
  error.status === 403 || errorClassOf(error.code, family) === 'permission'

/** What could not be read and why, in one sentence the reader can act on: the permission to ask for by name. */
export function problemText(action: UsageAction, error: ApiError, family: 'legacy' | 'v3'): string {
  if (isDenied(error, family)) {
    return t('usage.denied', { what: t(`usage.what.${action}`), action: READ_ACTIONS[action].camAction })
  }
  return t('usage.failed', { code: error.code })
}

/** An action that failed: the sentence, the RequestId to quote, and a retry when one could help. */
export function ActionProblem({
  action,
  error,
  onRetry,
}: {
  action: UsageAction
  error: ApiError
  onRetry?: () => void
}) {
  const family = useApi() ?? 'v3'
  const denied = isDenied(error, family)
  return (
    <div
      role="alert"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p>{problemText(action, error, family)}</p>
      {error.requestId && (
        <p className="mt-1 text-xs text-amber-900/80 dark:text-amber-200/80">
          RequestId <span className="font-mono select-all">{error.requestId}</span>
        </p>
      )}
      {!denied && onRetry && (
        <Button size="sm" className="mt-2" onClick={onRetry}>
          {t('usage.retry')}
        </Button>
      )}
    </div>
  )
}
