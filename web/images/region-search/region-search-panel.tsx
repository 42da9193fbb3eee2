import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { MAX_LIMIT } from '../../../core/describe-images'
import { REGIONS } from '../../../core/regions'
import { t } from '../../lib/i18n'
import { Button } from '../../ui/button'
import { describeImagesQuery } from '../data/images-query'
import { regionLabel } from '../data/region-label'
import { DEFAULT_VIEW, formatViewState } from '../view-state/url-state'
import { type RegionSearchProgress, type RegionSearchResult, searchRegions } from './region-search'

interface RegionSearchPanelProps {
  ids: string[]
  onClose: () => void
}

/** Where an image is: the link opens the ID lookup in that region, with the image's drawer open. */
function openThere(region: string, id: string): string {
  return `${window.location.pathname}${formatViewState({ ...DEFAULT_VIEW, region, lookup: [id], image: id })}`
}

/** "Tokyo (ap-tokyo) (RequestLimitExceeded)": each region that did not answer, with its error code. */
function failedRegions(failed: RegionSearchResult['failed']): string {
  return failed
    .map((failure) => `${regionLabel(failure.region)}${t('ui.aside', { text: failure.code })}`)
    .join(t('ui.listSeparator'))
}

/**
 * Asks every region for IDs this region does not have, a few regions at a time, and lists where each was
 * found. Loaded when "Search all regions" is first pressed.
 */
export default function RegionSearchPanel({ ids, onClose }: RegionSearchPanelProps) {
  const queryClient = useQueryClient()
  const [progress, setProgress] = useState<RegionSearchProgress>({ done: 0, total: REGIONS.length })
  const [result, setResult] = useState<RegionSearchResult | null>(null)
  useEffect(() => {
    const stop = new AbortController()
    const find = async (region: string) => {
      const request = { region, imageIds: ids, filters: [], offset: 0, limit: MAX_LIMIT }
      const page = await queryClient.fetchQuery(describeImagesQuery(request))
      return page.images.map((image) => image.id)
    }
    const regions = REGIONS.map((region) => region.id)
    searchRegions({ regions, ids, find, onProgress: setProgress, signal: stop.signal }).then((found) => {
      if (!stop.signal.aborted) setResult(found)
    })
    return () => stop.abort()
  }, [ids, queryClient])

  return (
    <section
      aria-label={t('regionSearch.label')}
      className="flex max-w-2xl flex-col gap-1.5 rounded-md border border-neutral-200 bg-neutral-50 p-2 text-xs dark:border-neutral-800 dark:bg-neutral-900"
    >
      <div className="flex items-center gap-2">
        <progress
          aria-label={t('regionSearch.progress')}
          max={progress.total}
          value={progress.done}
          className="h-1.5 w-32 accent-blue-600"
        />
        <p role="status" className="text-neutral-700 tabular-nums dark:text-neutral-300">
          {result ? t('regionSearch.searched', progress) : t('regionSearch.searching', progress)}
        </p>
        <Button size="sm" variant="ghost" className="ml-auto" onClick={onClose}>
          {result ? t('ui.close') : t('regionSearch.stop')}
        </Button>
      </div>
      {result && (
        <ul aria-label={t('regionSearch.foundIn')} className="flex flex-col gap-1">
          {result.found.flatMap(({ id, regions }) =>
            regions.map((region) => (
              <li key={`${id}-${region}`}>
                <span translate="no" className="font-mono">
                  {id}
                </span>
                {t('regionSearch.foundAt', { region: regionLabel(region) })}
                <a className="text-blue-700 underline dark:text-blue-400" href={openThere(region, id)}>
                  {t('regionSearch.open', { id, region: regionLabel(region) })}
                </a>
              </li>
            )),
          )}
          {result.missing.map((id) => (
            <li key={id} className="text-amber-800 dark:text-amber-300">
              <span translate="no" className="font-mono">
                {id}
              </span>
              {t('regionSearch.nowhere', { total: progress.total, partial: result.failed.length > 0 })}
            </li>
          ))}
          {result.failed.length > 0 && (
            <li role="alert" className="text-red-700 dark:text-red-400">
              {t('regionSearch.noAnswer', { regions: failedRegions(result.failed) })}
            </li>
          )}
        </ul>
      )}
    </section>
  )
}
