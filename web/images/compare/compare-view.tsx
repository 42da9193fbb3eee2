import * as Dialog from '@radix-ui/react-dialog'
import { useQuery } from '@tanstack/react-query'
import { t } from '../../lib/i18n'
import { CopyButton } from '../../ui/copy-button'
import { DialogTitleBar } from '../../ui/dialog-title-bar'
import { Switch } from '../../ui/switch'
import type { Image } from '../data/image-model'
import { describeImagesQuery } from '../data/images-query'
import { regionLabel } from '../data/region-label'
import { type RequestView, viewRequest } from '../data/view-request'
import { useZone } from '../view-state/use-time-zone'
import { compareRows, differenceCount } from './compare-rows'
import { CompareTable } from './compare-table'

interface CompareViewProps {
  ids: string[]
  view: RequestView
  /** The region's name for the stamp; null while unknown. */
  region: string | null
  /** Images at hand (the selection, the rows on screen); the others are looked up by ID. */
  known: readonly Image[]
  /** "Only differences", kept in the link as `diff=1`. */
  onlyDifferences: boolean
  onOnlyDifferences: (on: boolean) => void
  onClose: () => void
}

/** Two or three images side by side, opened from the selection or straight from `?compare=`. */
export default function CompareView(props: CompareViewProps) {
  const { ids, view, region, known, onlyDifferences, onClose } = props
  const zone = useZone()
  const atHand = ids.map((id) => known.find((image) => image.id === id))
  const complete = atHand.every((image) => image !== undefined)
  const lookup = useQuery({
    ...describeImagesQuery(viewRequest({ ...view, lookup: ids }, 'all')),
    enabled: !complete,
  })
  const images = ids.flatMap(
    (id, index) => atHand[index] ?? lookup.data?.images.find((image) => image.id === id) ?? [],
  )
  const missing = complete || lookup.data ? ids.filter((id) => !images.some((image) => image.id === id)) : []
  const rows = compareRows(images, onlyDifferences, zone)
  const differences = differenceCount(images)
  const status = lookup.isError ? t('compare.failed', { detail: lookup.error.message }) : t('ui.loading')
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-neutral-950/25 dark:bg-black/50" />
        <Dialog.Content className="fixed inset-2 z-50 flex flex-col rounded-lg bg-white text-neutral-900 shadow-2xl focus:outline-none sm:inset-8 dark:bg-neutral-900 dark:text-neutral-100">
          <DialogTitleBar
            title={t('compare.title', { count: ids.length })}
            titleClassName="text-base font-semibold"
            className="gap-3 border-b border-neutral-200 px-5 py-3 dark:border-neutral-800"
          >
            <Dialog.Description className="text-xs text-neutral-600 dark:text-neutral-400">
              {region ? regionLabel(region) : t('compare.defaultRegion')} ·{' '}
              <span translate="no">{ids.join(', ')}</span> ·{' '}
              {images.length >= 2 ? t('compare.differences', { count: differences }) : '…'}
            </Dialog.Description>
          </DialogTitleBar>
          <div className="flex flex-wrap items-center gap-3 border-b border-neutral-200 px-5 py-2 text-sm dark:border-neutral-800">
            <Switch
              label={t('compare.onlyDifferences')}
              checked={onlyDifferences}
              onChange={props.onOnlyDifferences}
            />
            <CopyButton text={() => window.location.href} label={t('tools.copyLink')} size="sm">
              {t('tools.copyLink')}
            </CopyButton>
            {missing.length > 0 && (
              <p role="alert" className="text-amber-800 dark:text-amber-300">
                {t('compare.missing')}{' '}
                <span translate="no" className="font-mono">
                  {missing.join(', ')}
                </span>
              </p>
            )}
          </div>
          <div className="min-h-0 flex-1 overflow-auto">
            {images.length === 0 ? (
              <p className="p-5 text-sm text-neutral-600 dark:text-neutral-400">{status}</p>
            ) : (
              <CompareTable images={images} rows={rows} />
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
