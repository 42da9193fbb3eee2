/**
 * The DescribeImages wire model (legacy endpoint, Version 2017-03-12), shared by the web app, the proxy
 * and the emulator: names, limits, shapes and the one way to write a request as query parameters.
 */

export const ACTION = 'DescribeImages'
export const API_VERSION = '2017-03-12'

export const FILTER_NAMES = ['image-id', 'image-type', 'image-name', 'platform'] as const
export type FilterName = (typeof FILTER_NAMES)[number]

export const IMAGE_TYPES = ['PUBLIC_IMAGE', 'PRIVATE_IMAGE', 'SHARED_IMAGE'] as const
export type ImageType = (typeof IMAGE_TYPES)[number]

export const IMAGE_STATUSES = [
  'NORMAL',
  'CREATING',
  'CREATEFAILED',
  'SYNCING',
  'IMPORTING',
  'IMPORTFAILED',
] as const
export type ImageStatus = (typeof IMAGE_STATUSES)[number]

/** `img-` and eight lower-case letters or digits, the shape of every Tencent image ID (img-pmqg1cw7). */
const IMAGE_ID = /^img-[a-z0-9]{8}$/

export function isImageId(value: string): boolean {
  return IMAGE_ID.test(value)
}

/** An ID as typed, in either case, as Tencent writes it (lower case), or null when it is not an image ID. */
export function parseImageId(text: string): string | null {
  const id = text.trim().toLowerCase()
  return isImageId(id) ? id : null
}

export const MAX_FILTERS = 10
export const MAX_FILTER_VALUES = 5
export const MAX_IMAGE_IDS = 100
export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100

export interface Filter {
  name: FilterName
  values: string[]
}

/** A validated DescribeImages call. Exactly one of imageIds and filters may be non-empty. */
export interface DescribeImagesRequest {
  region: string
  imageIds: string[]
  filters: Filter[]
  offset: number
  limit: number
}

/** One image as the legacy endpoint returns it (https://cloud.tencent.com/document/api/213/9418). */
export interface LegacyImage {
  ImageId: string
  ImageOsName: string
  ImageType: string
  ImageCreateTime: string
  ImageStatus: string
  ImageName: string
  ImageDescription: string
  Platform: string
  Architecture: string
  Creator: string
}

export interface DescribeImagesResponse {
  Response: {
    ImageSet: LegacyImage[]
    TotalCount: number
    RequestId: string
  }
}

export interface ApiErrorBody {
  Code: string
  Message: string
}

export interface ErrorEnvelope {
  Response: {
    Error: ApiErrorBody
    RequestId: string
  }
}

export function errorEnvelope(code: string, message: string, requestId: string): ErrorEnvelope {
  return { Response: { Error: { Code: code, Message: message }, RequestId: requestId } }
}

/**
 * The business parameters of a request, 0-based as the current SDKs write them, in a stable order.
 * Region is included unless empty; the common parameters (Action, Version, Timestamp, …) are not.
 */
export interface DescribeImagesParamsInput extends Omit<DescribeImagesRequest, 'filters'> {
  /** Any validated filter names: API 3.0 adds tag filters, which travel the same way. */
  filters: readonly { name: string; values: readonly string[] }[]
  /** API 3.0 only (the browser's call to the proxy in 3.0 mode); absent from every legacy request. */
  instanceType?: string
}

/**
 * A list and the filters as Tencent's indexed parameters, 0-based: `ImageIds.0`, `Filters.0.Name`,
 * `Filters.0.Values.0` (every Describe action of CVM spells them so).
 */
export function indexedParams(
  listName: string,
  list: readonly string[],
  filters: readonly { name: string; values: readonly string[] }[],
): [string, string][] {
  const params: [string, string][] = list.map((item, index) => [`${listName}.${index}`, item])
  filters.forEach((filter, index) => {
    params.push([`Filters.${index}.Name`, filter.name])
    filter.values.forEach((value, valueIndex) => {
      params.push([`Filters.${index}.Values.${valueIndex}`, value])
    })
  })
  return params
}

export function formatDescribeImagesParams(request: DescribeImagesParamsInput): [string, string][] {
  // An empty region leaves Region out, and the proxy answers for its default region.
  const params: [string, string][] = request.region ? [['Region', request.region]] : []
  params.push(...indexedParams('ImageIds', request.imageIds, request.filters))
  params.push(['Offset', String(request.offset)], ['Limit', String(request.limit)])
  if (request.instanceType !== undefined) params.push(['InstanceType', request.instanceType])
  return params
}
