/**
 * What the feature folders beside this one (web/usage, web/cleanup, web/summary, …) may use of the image
 * browser: its data model and queries, the view in the URL, the stamp, the error panel and the export formats.
 * scripts/check-imports.ts holds them to this one surface, so the browser's inside can change freely.
 */
export { columnLabel, columnText } from './data/column-text'
export { type Image, type ImageField, type ImagePage, statusDisplay, typeLabel } from './data/image-model'
export { type Api, describeImagesQuery, infoQuery, loadAllCached } from './data/images-query'
export { type AllImages, SORT_ALL_CAP } from './data/load-all-images'
export { regionLabel } from './data/region-label'
export { countByImage, instanceScanQuery, useUsageCounts, withUsage } from './data/region-usage'
export { type LoadProgress, useAllImages } from './data/use-all-images'
export { useApi } from './data/use-api-view'
export { screenRequest, viewRequest } from './data/view-request'
export { typeText } from './drawer/image-facts'
export {
  compactUtc,
  exportedRaw,
  exportFileName,
  filterWords,
  localFilterWords,
  markdownCell,
  toCsv,
  toJson,
  toMarkdown,
} from './export/export-formats'
export {
  letGoPickedExport,
  type PickedExport,
  pickedExport,
  readPicked,
} from './export/picked-export'
export {
  type CreatedRange,
  inCreatedRange,
  resolveCreatedFilter,
  UNKNOWN_CREATED,
} from './local-filters/created-range'
export {
  applyLocalFilters,
  hasLocalFilters,
  LOCAL_ARCHES,
  LOCAL_STATUSES,
  type LocalFilters,
} from './local-filters/local-filters'
export { formatStamp, type StampInput, stampParts } from './review/review-stamp'
export { StampLine, StampNote } from './review/stamp-line'
export type { ScreenProps } from './screen-props'
export { ErrorPanel } from './table/result-states'
export {
  DEFAULT_OLDER_THAN_DAYS,
  formatViewState,
  type ViewMode,
  type ViewState,
} from './view-state/url-state'
export { useZone } from './view-state/use-time-zone'
