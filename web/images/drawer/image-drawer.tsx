import { useQuery } from '@tanstack/react-query'
import { lazy, type KeyboardEvent as ReactKeyboardEvent, Suspense, useEffect, useRef } from 'react'
import { t, withLaterWords } from '../../lib/i18n'
import { Button } from '../../ui/button'
import { CopyButton } from '../../ui/copy-button'
import { DrawerFrame } from '../../ui/drawer-frame'
import { Icon } from '../../ui/icons'
import { shortcutFor } from '../../ui/shortcut-keys'
import type { Image } from '../data/image-model'
import { describeImagesQuery } from '../data/images-query'
import { useRegion } from '../data/use-region'
import { type RequestView, viewRequest } from '../data/view-request'
import { rowElementId } from '../table/images-table'
import { ErrorPanel } from '../table/result-states'
import { neighbours } from './drawer-nav'
import { ImageDetails } from './image-details'

interface ImageDrawerProps {
  imageId: string | null
  /** The view the drawer opens over: its region is the one to look the image up in. */
  view: RequestView
  /** Images already on screen; an image not among them is looked up by ID. */
  known: Image[] | undefined
  onClose: () => void
  /** Opens another image of the list on screen in place of this one. */
  onMove: (image: Image) => void
}

// Who runs the image and whom it is shared with: a feature of its own (web/usage), loaded with the drawer's first use.
const UsageSections = lazy(withLaterWords(() => import('../../usage/usage-sections')))

/** The drawer for one image, opened from a row or straight from `?image=`. */
export function ImageDrawer({ imageId, view, known, onClose, onMove }: ImageDrawerProps) {
  const onScreen = known?.find((image) => image.id === imageId)
  const lookup = useQuery({
    ...describeImagesQuery(viewRequest(view, { image: imageId ?? '' })),
    enabled: imageId !== null && onScreen === undefined,
  })
  const image = onScreen ?? lookup.data?.images[0]
  const region = useRegion(view.region)
  const lastId = useRef(imageId)
  if (imageId) lastId.current = imageId
  const copyId = useRef<HTMLButtonElement>(null)
  const hasImage = image !== undefined
  useEffect(() => {
    if (!hasImage) return
    // "c" copies the ID here as it does on a row; typing in a field is left alone.
    const onKey = (event: KeyboardEvent) => {
      if (shortcutFor(event, true) !== 'copy') return
      event.preventDefault()
      copyId.current?.click()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [hasImage])

  const returnFocus = (event: Event) => {
    const row = lastId.current && document.getElementById(rowElementId(lastId.current))
    if (row) {
      event.preventDefault()
      row.focus()
    }
  }
  const near = neighbours(known, imageId)
  const moveOnKey = (event: ReactKeyboardEvent) => {
    const shortcut = shortcutFor(event, false)
    const target = shortcut === 'next' ? near.next : shortcut === 'previous' ? near.previous : null
    if (!target) return
    event.preventDefault()
    onMove(target)
  }
  const status = lookup.isError
    ? t('drawer.failed')
    : lookup.isPending
      ? t('ui.loading')
      : t('drawer.missing')
  return (
    <DrawerFrame
      open={imageId !== null}
      onOpenChange={(open) => !open && onClose()}
      onCloseAutoFocus={returnFocus}
      onKeyDown={moveOnKey}
      title={<span translate="no">{image ? image.name || image.id : (imageId ?? '')}</span>}
      description={image ? <span translate="no">{image.id}</span> : status}
      actions={
        image && (
          <>
            {near.position > 0 && (
              <div className="flex items-center gap-1">
                <Button
                  size="icon"
                  aria-label={t('drawer.previous')}
                  title={t('drawer.previousHint')}
                  disabled={!near.previous}
                  onClick={() => near.previous && onMove(near.previous)}
                >
                  <Icon name="chevronLeft" className="h-3.5 w-3.5" />
                </Button>
                <Button
                  size="icon"
                  aria-label={t('drawer.next')}
                  title={t('drawer.nextHint')}
                  disabled={!near.next}
                  onClick={() => near.next && onMove(near.next)}
                >
                  <Icon name="chevronRight" className="h-3.5 w-3.5" />
                </Button>
                <span className="px-1 text-xs text-neutral-500 tabular-nums dark:text-neutral-400">
                  {t('drawer.position', { position: near.position, count: known?.length ?? 0 })}
                </span>
              </div>
            )}
            <CopyButton
              ref={copyId}
              text={image.id}
              label={t('drawer.copyId')}
              size="sm"
              aria-keyshortcuts="c"
            >
              {t('drawer.copyId')}
            </CopyButton>
            <CopyButton text={JSON.stringify(image.raw, null, 2)} label={t('drawer.copyJson')} size="sm">
              {t('drawer.copyJson')}
            </CopyButton>
            <CopyButton text={() => window.location.href} label={t('tools.copyLink')} size="sm">
              {t('tools.copyLink')}
            </CopyButton>
          </>
        )
      }
    >
      {image ? (
        <ImageDetails
          image={image}
          more={
            region && (
              <Suspense fallback={null}>
                <UsageSections image={image} region={region} />
              </Suspense>
            )
          }
        />
      ) : lookup.error ? (
        <ErrorPanel
          error={lookup.error}
          region={view.region}
          title={t('drawer.errorTitle')}
          className="my-2"
          onRetry={() => void lookup.refetch()}
          retrying={lookup.isFetching}
        />
      ) : (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{status}</p>
      )}
    </DrawerFrame>
  )
}
