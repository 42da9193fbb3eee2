/**
 * A region's image catalog and the DescribeImages query over it: filters, order and paging. One catalog, two
 * views: each record answers as a legacy image or as a 3.0 image. Pure: the server only picks the region's
 * catalog and passes the validated request.
 */
import type { DescribeImagesRequest, LegacyImage } from '../../core/describe-images.js'
import {
  type DescribeImagesV3Request,
  type ImageV3,
  TAG_FILTER_PREFIX,
  type V3Filter,
} from '../../core/describe-images-v3.js'
import { privateImages, sharedImages } from './custom.js'
import { type ImageDetails, imageDetails, toImageV3 } from './details.js'
import { PUBLIC_IMAGES } from './public.js'

export const DEFAULT_CUSTOM_IMAGES = 240
export const MAX_CUSTOM_IMAGES = 100_000
export const SHARED_IMAGE_COUNT = 40

interface Entry {
  /** The legacy view, exactly the legacy endpoint's fields. */
  image: LegacyImage
  /** What only 3.0 shows; derived on first use (a 3.0 page or a tag filter), so building stays fast. */
  details?: ImageDetails
  created: number
  /** Lower-cased once at build time, so fuzzy filters stay cheap on large catalogs. */
  nameLower: string
  platformLower: string
}

export interface Catalog {
  region: string
  entries: readonly Entry[]
}

/** Newest first; equal times by ImageId, so the order is total and paging is stable. */
function newestFirst(a: Entry, b: Entry): number {
  if (a.created !== b.created) return b.created - a.created
  return a.image.ImageId < b.image.ImageId ? -1 : a.image.ImageId > b.image.ImageId ? 1 : 0
}

/**
 * A region's catalog as of `now`: the public images with their release dates, the custom and shared ones
 * dated back from `now`. The same region and `now` always give the same catalog.
 */
export function buildCatalog(region: string, now: number, customImages = DEFAULT_CUSTOM_IMAGES): Catalog {
  const source = { region, now, taken: new Set(PUBLIC_IMAGES.map((image) => image.ImageId)) }
  const images = [
    ...PUBLIC_IMAGES,
    ...privateImages(source, customImages),
    ...sharedImages(source, SHARED_IMAGE_COUNT),
  ]
  const entries = images.map((image) => ({
    image,
    created: Date.parse(image.ImageCreateTime),
    nameLower: image.ImageName.toLowerCase(),
    platformLower: image.Platform.toLowerCase(),
  }))
  return { region, entries: entries.sort(newestFirst) }
}

/** Catalogs are built on first use of a region and kept, all as of one `now`. */
export function catalogSource(
  now: number,
  customImages = DEFAULT_CUSTOM_IMAGES,
): (region: string) => Catalog {
  const built = new Map<string, Catalog>()
  return (region) => {
    let catalog = built.get(region)
    if (!catalog) {
      catalog = buildCatalog(region, now, customImages)
      built.set(region, catalog)
    }
    return catalog
  }
}

type Predicate = (entry: Entry) => boolean

function detailsOf(entry: Entry): ImageDetails {
  entry.details ??= imageDetails(entry.image)
  return entry.details
}

function matchTag(name: string, values: Set<string>): Predicate {
  if (name === 'tag-key') return (entry) => detailsOf(entry).tags.some((tag) => values.has(tag.Key))
  if (name === 'tag-value') return (entry) => detailsOf(entry).tags.some((tag) => values.has(tag.Value))
  const key = name.slice(TAG_FILTER_PREFIX.length)
  return (entry) => detailsOf(entry).tags.some((tag) => tag.Key === key && values.has(tag.Value))
}

/** Images cached in a CDC, by the cluster's id or by how far the cache got. */
function matchCdc(name: string, values: Set<string>): Predicate {
  if (name === 'dedicated-cluster-id') {
    return (entry) => values.has(detailsOf(entry).cdc?.clusterId ?? '')
  }
  return (entry) => values.has(detailsOf(entry).cdc?.status ?? '')
}

/** Ids, types and tags match exactly; names and platforms as a case-insensitive substring ("fuzzy"). */
function matchFilter(filter: V3Filter): Predicate {
  const exact = new Set(filter.values)
  const fuzzy = filter.values.map((value) => value.toLowerCase())
  switch (filter.name) {
    case 'image-id':
      return (entry) => exact.has(entry.image.ImageId)
    case 'image-type':
      return (entry) => exact.has(entry.image.ImageType)
    case 'image-name':
      return (entry) => fuzzy.some((value) => entry.nameLower.includes(value))
    case 'platform':
      return (entry) => fuzzy.some((value) => entry.platformLower.includes(value))
    case 'dedicated-cluster-id':
    case 'cdc-cache-status':
      return matchCdc(filter.name, exact)
    default:
      return matchTag(filter.name, exact)
  }
}

/**
 * Values within a filter are OR, filters are AND; ImageIds (never with Filters) select by id; an InstanceType
 * keeps the architecture its family boots (instance-families.ts).
 */
function matcher(request: DescribeImagesV3Request, architecture?: string): Predicate {
  const predicates = request.filters.map(matchFilter)
  if (request.imageIds.length > 0) {
    const ids = new Set(request.imageIds)
    predicates.push((entry) => ids.has(entry.image.ImageId))
  }
  if (architecture !== undefined) predicates.push((entry) => entry.image.Architecture === architecture)
  return (entry) => predicates.every((predicate) => predicate(entry))
}

function matchPage(catalog: Catalog, request: DescribeImagesV3Request, architecture?: string) {
  const unfiltered = request.imageIds.length === 0 && request.filters.length === 0 && !architecture
  const matches = unfiltered ? catalog.entries : catalog.entries.filter(matcher(request, architecture))
  return { page: matches.slice(request.offset, request.offset + request.limit), total: matches.length }
}

export function queryCatalog(
  catalog: Catalog,
  request: DescribeImagesRequest,
): { ImageSet: LegacyImage[]; TotalCount: number } {
  const { page, total } = matchPage(catalog, request)
  return { ImageSet: page.map((entry) => legacyView(entry.image)), TotalCount: total }
}

/**
 * The legacy endpoint writes the epoch as the creation time of public images (its own example, img-pmqg1cw7,
 * https://cloud.tencent.com/document/api/213/9418); 3.0 gives the real date.
 */
export const LEGACY_PUBLIC_CREATE_TIME = '1970-01-01T00:00:00+00:00'

function legacyView(image: LegacyImage): LegacyImage {
  return image.ImageType === 'PUBLIC_IMAGE' ? { ...image, ImageCreateTime: LEGACY_PUBLIC_CREATE_TIME } : image
}

/** `architecture`: what the request's InstanceType boots, already checked against the family table. */
export function queryCatalogV3(
  catalog: Catalog,
  request: DescribeImagesV3Request,
  architecture?: string,
): { ImageSet: ImageV3[]; TotalCount: number } {
  const { page, total } = matchPage(catalog, request, architecture)
  return { ImageSet: page.map((entry) => toImageV3(entry.image, detailsOf(entry))), TotalCount: total }
}
