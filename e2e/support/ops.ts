import type { APIRequestContext } from '@playwright/test'
import { fetchAllImages } from './app'

/** The fields the browser-side filters read, in either API's spelling. */
export interface FilterableImage {
  id: string
  name: string
  status: string
  arch: string
  created: number
}

/** Every image of an API filter, with status, architecture and creation time read from either wire shape. */
export async function fetchFilterable(
  request: APIRequestContext,
  params: Record<string, string>,
): Promise<FilterableImage[]> {
  const images = (await fetchAllImages(request, params)) as unknown as Record<string, string>[]
  return images.map((image) => ({
    id: image.ImageId ?? '',
    name: image.ImageName ?? '',
    status: image.ImageStatus ?? image.ImageState ?? '',
    arch: image.Architecture ?? '',
    created: Date.parse(image.ImageCreateTime ?? image.CreatedTime ?? ''),
  }))
}

export const CUSTOM = { 'Filters.0.Name': 'image-type', 'Filters.0.Values.0': 'PRIVATE_IMAGE' }
