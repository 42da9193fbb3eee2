/**
 * A region's image catalog and the DescribeImages query over it: filters, order and paging.
 * Pure: the server only picks the region's catalog and passes the validated request.
 */
import type { DescribeImagesRequest, Filter, LegacyImage } from '../../core/describe-images.js'
import { privateImages, sharedImages } from './catalog-custom.js'
import { PUBLIC_IMAGES } from './catalog-public.js'

export const DEFAULT_CUSTOM_IMAGES = 240
export const MAX_CUSTOM_IMAGES = 100_000
export const SHARED_IMAGE_COUNT = 40

interface Entry {
  image: LegacyImage
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

export function buildCatalog(region: string, customImages = DEFAULT_CUSTOM_IMAGES): Catalog {
  const taken = new Set(PUBLIC_IMAGES.map((image) => image.ImageId))
  const images = [
    ...PUBLIC_IMAGES,
    ...privateImages(region, customImages, taken),
    ...sharedImages(region, SHARED_IMAGE_COUNT, taken),
  ]
  const entries = images.map((image) => ({
    image,
    created: Date.parse(image.ImageCreateTime),
    nameLower: image.ImageName.toLowerCase(),
    platformLower: image.Platform.toLowerCase(),
  }))
  return { region, entries: entries.sort(newestFirst) }
}

/** Catalogs are built on first use of a region and kept. */
export function catalogSource(customImages = DEFAULT_CUSTOM_IMAGES): (region: string) => Catalog {
  const built = new Map<string, Catalog>()
  return (region) => {
    let catalog = built.get(region)
    if (!catalog) {
      catalog = buildCatalog(region, customImages)
      built.set(region, catalog)
    }
    return catalog
  }
}

type Predicate = (entry: Entry) => boolean

function matchFilter(filter: Filter): Predicate {
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
  }
}

/** Values within a filter are OR, filters are AND; ImageIds (never with Filters) select by id. */
function matcher(request: DescribeImagesRequest): Predicate {
  if (request.imageIds.length > 0) {
    const ids = new Set(request.imageIds)
    return (entry) => ids.has(entry.image.ImageId)
  }
  const predicates = request.filters.map(matchFilter)
  return (entry) => predicates.every((predicate) => predicate(entry))
}

export function queryCatalog(
  catalog: Catalog,
  request: DescribeImagesRequest,
): { ImageSet: LegacyImage[]; TotalCount: number } {
  const unfiltered = request.imageIds.length === 0 && request.filters.length === 0
  const matches = unfiltered ? catalog.entries : catalog.entries.filter(matcher(request))
  const page = matches.slice(request.offset, request.offset + request.limit)
  return { ImageSet: page.map((entry) => entry.image), TotalCount: matches.length }
}
