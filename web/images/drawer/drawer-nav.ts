import type { Image } from '../data/image-model'

export interface Neighbours {
  previous: Image | null
  next: Image | null
  /** 1-based place of the open image in the list; 0 when it is not in it. */
  position: number
}

/** The images before and after `id` in the list on screen; none past either end, none when `id` is elsewhere. */
export function neighbours(list: readonly Image[] | undefined, id: string | null): Neighbours {
  const index = list && id ? list.findIndex((image) => image.id === id) : -1
  if (!list || index === -1) return { previous: null, next: null, position: 0 }
  return { previous: list[index - 1] ?? null, next: list[index + 1] ?? null, position: index + 1 }
}
