import { useQuery } from '@tanstack/react-query'
import { type ReactNode, useRef } from 'react'
import { formatAge, formatDateTime, formatUtc } from '../lib/format'
import { Badge } from '../ui/badge'
import { CopyButton } from '../ui/copy-button'
import { DrawerFrame } from '../ui/drawer-frame'
import { type Image, statusDisplay, typeLabel } from './image-model'
import { describeImagesQuery } from './images-query'
import { rowElementId } from './images-table'

interface ImageDrawerProps {
  imageId: string | null
  region: string | null
  /** Images already on screen; an image not among them is looked up by ID. */
  known: Image[] | undefined
  onClose: () => void
}

const WIRE_FIELDS = new Set([
  'ImageId',
  'ImageName',
  'ImageType',
  'ImageOsName',
  'Platform',
  'Architecture',
  'ImageStatus',
  'ImageCreateTime',
  'Creator',
  'ImageDescription',
])

function fieldRows(image: Image): [string, ReactNode][] {
  const { label, tone } = statusDisplay(image.status)
  const extra = Object.entries(image.raw).filter(([key]) => !WIRE_FIELDS.has(key))
  return [
    ['Name', image.name],
    [
      'ID',
      <span key="id" className="font-mono">
        {image.id}
      </span>,
    ],
    ['Type', `${typeLabel(image.type)} (${image.type})`],
    [
      'Status',
      <Badge key="status" tone={tone === 'unknown' ? 'neutral' : tone} dot>
        {label}
      </Badge>,
    ],
    ['OS', image.osName],
    ['Platform', image.platform],
    ['Architecture', image.architecture],
    [
      'Created',
      <span key="created" className="tabular-nums">
        {formatDateTime(image.createdTime)} ({formatAge(image.createdTime, Date.now())})
        <span className="block text-xs text-neutral-500 dark:text-neutral-400">
          {formatUtc(image.createdTime)}
        </span>
      </span>,
    ],
    ['Creator', image.creator],
    ['Description', image.description],
    ...extra.map(([key, value]): [string, ReactNode] => [
      key,
      typeof value === 'string' ? value : JSON.stringify(value),
    ]),
  ]
}

/** The drawer for one image, opened from a row or straight from `?image=`. */
export function ImageDrawer({ imageId, region, known, onClose }: ImageDrawerProps) {
  const onScreen = known?.find((image) => image.id === imageId)
  const lookup = useQuery({
    ...describeImagesQuery({
      region: region ?? '',
      imageIds: imageId ? [imageId] : [],
      filters: [],
      offset: 0,
      limit: 1,
    }),
    enabled: imageId !== null && region !== null && onScreen === undefined,
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
    ? 'Could not load this image.'
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
            <CopyButton text={image.id} label="Copy ID" size="sm">
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
        <>
          <dl className="grid grid-cols-[7.5rem_1fr] gap-x-3 gap-y-2 text-sm">
            {fieldRows(image).map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-neutral-500 dark:text-neutral-400">{label}</dt>
                <dd className="min-w-0 break-words">{value || '—'}</dd>
              </div>
            ))}
          </dl>
          <h3
            id="raw-json"
            className="mt-6 mb-2 text-xs font-semibold tracking-wide text-neutral-500 uppercase dark:text-neutral-400"
          >
            Raw JSON
          </h3>
          {/* A focusable region, so keyboard users can scroll long lines sideways. */}
          <section
            aria-labelledby="raw-json"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
            tabIndex={0}
            className="overflow-x-auto rounded-md bg-neutral-100 p-3 focus-visible:outline-2 focus-visible:outline-blue-600 dark:bg-neutral-950"
          >
            <pre className="font-mono text-xs leading-5">{JSON.stringify(image.raw, null, 2)}</pre>
          </section>
        </>
      ) : (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{status}</p>
      )}
    </DrawerFrame>
  )
}
