import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import type { ApiError } from '../../lib/api-error'
import { CopyButton } from '../../ui/copy-button'
import { DrawerFrame } from '../../ui/drawer-frame'
import { shortcutFor } from '../../ui/shortcut-keys'
import type { Image } from '../data/image-model'
import { describeImagesQuery } from '../data/images-query'
import { type RequestView, viewRequest } from '../data/view-request'
import { rowElementId } from '../table/images-table'
import { ErrorPanel } from '../table/result-states'
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
  const status = lookup.isError
    ? 'The lookup failed; the API said why below.'
    : lookup.isPending
      ? 'Loading…'
      : 'No image with this ID in this region.'
  return (
    <DrawerFrame
      open={imageId !== null}
      onOpenChange={(open) => !open && onClose()}
      onCloseAutoFocus={returnFocus}
      title={image ? image.name || image.id : (imageId ?? '')}
      description={image ? image.id : status}
      actions={
        image && (
          <>
            <CopyButton ref={copyId} text={image.id} label="Copy ID" size="sm" aria-keyshortcuts="c">
              Copy ID
            </CopyButton>
            <CopyButton text={JSON.stringify(image.raw, null, 2)} label="Copy JSON" size="sm">
              Copy JSON
            </CopyButton>
            <CopyButton text={window.location.href} label="Copy link" size="sm">
              Copy link
            </CopyButton>
          </>
        )
      }
    >
      {image ? (
        <ImageDetails image={image} />
      ) : lookup.error ? (
        <ErrorPanel
          error={lookup.error as ApiError}
          region={view.region}
          title="Could not load this image"
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
