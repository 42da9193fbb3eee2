import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { refreshAnswers } from '../../lib/fresh-queries'
import { useBrowserValue } from '../../lib/hydration'
import { t } from '../../lib/i18n'
import { Button } from '../../ui/button'
import { Switch } from '../../ui/switch'
import type { Image } from '../data/image-model'
import {
  AUTO_REFRESH_MS,
  hasImagesInProgress,
  readAutoRefresh,
  shouldAutoRefresh,
  writeAutoRefresh,
} from './auto-refresh'

const storage = () => (typeof window === 'undefined' ? undefined : window.localStorage)
const readAuto = () => readAutoRefresh(storage())

/**
 * "Refresh" asks the upstream again, past the proxy's cache. While an image on screen is in progress,
 * "Auto-refresh" (off by default, remembered) does so every 15 s, but only while the tab is visible.
 */
export function RefreshControls({ rows, busy }: { rows: Image[] | undefined; busy: boolean }) {
  const queryClient = useQueryClient()
  const [auto, setAuto] = useBrowserValue(readAuto, false)
  const inProgress = hasImagesInProgress(rows)
  useEffect(() => {
    if (!auto || !inProgress) return
    const timer = setInterval(() => {
      if (shouldAutoRefresh(auto, inProgress, document.visibilityState)) void refreshAnswers(queryClient)
    }, AUTO_REFRESH_MS)
    return () => clearInterval(timer)
  }, [auto, inProgress, queryClient])
  return (
    <div className="flex items-center gap-3 print:hidden">
      <Button
        size="sm"
        disabled={busy}
        title={t('refresh.hint')}
        onClick={() => void refreshAnswers(queryClient)}
      >
        {t('refresh.button')}
      </Button>
      {inProgress && (
        <Switch
          label={t('refresh.auto')}
          checked={auto}
          title={t('refresh.autoHint', { seconds: AUTO_REFRESH_MS / 1000 })}
          onChange={(on) => {
            setAuto(on)
            writeAutoRefresh(storage(), on)
          }}
        />
      )}
    </div>
  )
}
