import type { ImageStatus, ImageType } from '../../core/describe-images'
import { ApiError, readRequestId } from '../lib/api-error'

/** One image as the app uses it: the legacy wire fields under readable names, parsed once here. */
export interface Image {
  id: string
  name: string
  osName: string
  type: string
  status: string
  platform: string
  architecture: string
  creator: string
  description: string
  createdAt: string
  /** Milliseconds since the epoch; NaN when the API sent something that is not a date. */
  createdTime: number
  /** The image exactly as the API sent it, for the drawer's JSON view. */
  raw: Record<string, unknown>
}

export interface ImagePage {
  images: Image[]
  totalCount: number
  requestId: string | null
}

/** The fields a view can sort and show, by stable id (URL `sort=`, column ids). */
export const IMAGE_FIELDS = [
  'name',
  'id',
  'type',
  'os',
  'platform',
  'arch',
  'status',
  'created',
  'creator',
] as const
export type ImageField = (typeof IMAGE_FIELDS)[number]

export const TYPE_LABELS: Record<ImageType, string> = {
  PUBLIC_IMAGE: 'Public',
  PRIVATE_IMAGE: 'Custom',
  SHARED_IMAGE: 'Shared',
}

export type StatusTone = 'ok' | 'busy' | 'failed' | 'unknown'

const STATUS_DISPLAY: Record<ImageStatus, { label: string; tone: StatusTone }> = {
  NORMAL: { label: 'Normal', tone: 'ok' },
  CREATING: { label: 'Creating', tone: 'busy' },
  SYNCING: { label: 'Syncing', tone: 'busy' },
  IMPORTING: { label: 'Importing', tone: 'busy' },
  CREATEFAILED: { label: 'Create failed', tone: 'failed' },
  IMPORTFAILED: { label: 'Import failed', tone: 'failed' },
}

export function typeLabel(type: string): string {
  return TYPE_LABELS[type as ImageType] ?? type
}

export function statusDisplay(status: string): { label: string; tone: StatusTone } {
  return STATUS_DISPLAY[status as ImageStatus] ?? { label: status || 'Unknown', tone: 'unknown' }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value)
}

function parseImage(raw: Record<string, unknown>): Image {
  const createdAt = text(raw.ImageCreateTime)
  return {
    id: text(raw.ImageId),
    name: text(raw.ImageName),
    osName: text(raw.ImageOsName),
    type: text(raw.ImageType),
    status: text(raw.ImageStatus),
    platform: text(raw.Platform),
    architecture: text(raw.Architecture),
    creator: text(raw.Creator),
    description: text(raw.ImageDescription),
    createdAt,
    createdTime: createdAt ? Date.parse(createdAt) : Number.NaN,
    raw,
  }
}

function badResponse(detail: string): ApiError {
  return new ApiError({
    code: 'BadResponse',
    message: `Unexpected DescribeImages answer: ${detail}.`,
    status: 502,
  })
}

/** The one place a DescribeImages body becomes typed data. Accepts `RequestId` and the legacy `RequestID`. */
export function normalizeDescribeImages(body: unknown): ImagePage {
  if (!isRecord(body) || !isRecord(body.Response)) throw badResponse('no Response object')
  const { ImageSet, TotalCount } = body.Response
  if (!Array.isArray(ImageSet)) throw badResponse('no ImageSet list')
  const images = ImageSet.filter(isRecord).map(parseImage)
  const total = typeof TotalCount === 'number' && Number.isFinite(TotalCount) ? TotalCount : images.length
  return { images, totalCount: total, requestId: readRequestId(body.Response) }
}

const IMAGE_ID = /^img-[0-9a-z]+$/i

/** `img-` and letters or digits, the shape every Tencent image ID has. */
export function isImageId(value: string): boolean {
  return IMAGE_ID.test(value)
}
