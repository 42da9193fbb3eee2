import { useQuery } from '@tanstack/react-query'
import { useRef } from 'react'
import { t } from '../../lib/i18n'
import { CopyButton } from '../../ui/copy-button'
import { DrawerFrame } from '../../ui/drawer-frame'
import type { Image } from '../data/image-model'
import { describeImagesQuery } from '../data/images-query'
import { type RequestView, viewRequest } from '../data/view-request'
import { rowElementId } from '../table/images-table'
import { ImageDetails } from './image-details'

interface ImageDrawerProps {
  imageId: string | null
  /** The view the drawer opens over: its region is the one to look the image up in. */
  view: RequestView
  /** Images already on screen; an image not among them is looked up by ID. */
  known: Image[] | undefined
  onClose: () => void
}

/** The drawer for one image, opened from a row or straight from `?image=`. */
export function ImageDrawer({ imageId, view, known, onClose }: ImageDrawerProps) {
  const onScreen = known?.find((image) => image.id === imageId)
  const lookup = useQuery({
    ...describeImagesQuery(viewRequest(view, { image: imageId ?? '' })),
    enabled: imageId !== null && onScreen === undefined,
  })
  const image = onScreen ?? lookup.data?.images[0]
  const lastId = useRef(imageId)
  if (imageId) lastId.current = imageId

  const returnFocus = (event: Event) => {
    const row = lastId.current && document.getElementById(rowElementId(lastId.current))
    if (row) {
      event.preventDefault()
      row.focus()
    }
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
      title={<span translate="no">{image ? image.name || image.id : (imageId ?? '')}</span>}
      description={image ? <span translate="no">{image.id}</span> : status}
      actions={
        image && (
          <>
            <CopyButton text={image.id} label={t('drawer.copyId')} size="sm">
              {t('drawer.copyId')}
            </CopyButton>
            <CopyButton text={JSON.stringify(image.raw, null, 2)} label={t('drawer.copyJson')} size="sm">
              {t('drawer.copyJson')}
            </CopyButton>
            <CopyButton text={window.location.href} label={t('tools.copyLink')} size="sm">
              {t('tools.copyLink')}
            </CopyButton>
          </>
        )
      }
    >
      {image ? (
        <ImageDetails image={image} />
      ) : (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{status}</p>
      )}
    </DrawerFrame>
  )
}
