import { TAG_FILTER_PREFIX, type TagFilterName } from '../../../core/describe-images-v3'
import { t } from '../../lib/i18n'

/**
 * Tag chips, API 3.0 only: one chip per tag key, named like the filter it sends (`tag:<key>`), holding the
 * tag values to match. Tag keys and values match exactly, case included.
 */
export type TagChip = TagFilterName

/** The tag chip whose key is still being chosen. */
export const NEW_TAG_CHIP: TagChip = 'tag:'

export interface TagValues {
  key: string
  values: string[]
}

export function isTagChip(chip: string): chip is TagChip {
  return chip.startsWith(TAG_FILTER_PREFIX)
}

export function tagChipOf(key: string): TagChip {
  return `${TAG_FILTER_PREFIX}${key}`
}

export function tagKeyOf(chip: TagChip): string {
  return chip.slice(TAG_FILTER_PREFIX.length)
}

/** A usable tag key: the URL writes `tag=<key>:<value>`, so a key cannot hold a colon. */
function isUsableTagKey(key: string): boolean {
  return key.trim() !== '' && !key.includes(':')
}

/** Why a tag key cannot be used, in words; null when it can. */
export function checkTagKey(key: string): string | null {
  if (isUsableTagKey(key)) return null
  return key.trim() === '' ? t('rule.tagKeyEmpty') : t('rule.tagKeyColon')
}

/** Sets one key's values in place (a new key goes last); no values removes the key. */
export function withTagValues(tags: readonly TagValues[], key: string, values: string[]): TagValues[] {
  if (values.length === 0) return tags.filter((tag) => tag.key !== key)
  if (!tags.some((tag) => tag.key === key)) return [...tags, { key, values }]
  return tags.map((tag) => (tag.key === key ? { key, values } : tag))
}

/** URL values `<key>:<value>` grouped by key in first-seen order; a value without a usable key is skipped. */
export function groupTagParams(params: readonly string[]): TagValues[] {
  let tags: TagValues[] = []
  for (const param of params) {
    const colon = param.indexOf(':')
    const key = param.slice(0, Math.max(colon, 0)).trim()
    if (colon < 0 || !isUsableTagKey(key)) continue
    const values = tags.find((tag) => tag.key === key)?.values ?? []
    tags = withTagValues(tags, key, [...values, param.slice(colon + 1)])
  }
  return tags
}

/** The URL values of tag chips: `<key>:<value>`, one per value. */
export function formatTagParams(tags: readonly TagValues[]): string[] {
  return tags.flatMap((tag) => tag.values.map((value) => `${tag.key}:${value}`))
}
