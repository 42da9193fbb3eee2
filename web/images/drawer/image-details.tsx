import type { ReactNode } from 'react'
import type { Snapshot, Tag } from '../../../core/describe-images-v3'
import { formatAge, formatTime, formatUtc, type TimeZone } from '../../lib/format'
import { renderNow } from '../../lib/hydration'
import { t } from '../../lib/i18n'
import { Badge } from '../../ui/badge'
import { sectionHeading } from '../../ui/surface'
import { unknownDateNote } from '../data/column-text'
import { type Image, statusDisplay } from '../data/image-model'
import { useZone } from '../view-state/use-time-zone'
import { diskLabel, formatGiB, otherFacts, typeText, v3Facts } from './image-facts'

/**
 * A label and its value; `data` marks a value the API sent, `field` a whole row the API sent (a field this
 * app has no words for, by its wire name): no translation touches either.
 */
type Row = [label: string, value: ReactNode, data?: 'data' | 'field']

function fieldRows(image: Image, zone: TimeZone): Row[] {
  const { label, tone } = statusDisplay(image.status)
  const tags: Row[] = image.tags?.length
    ? [[t('drawer.tags'), <TagChips key="tags" tags={image.tags} />, 'data']]
    : []
  return [
    [t('column.name'), image.name, 'data'],
    [
      t('column.id'),
      <span key="id" className="font-mono">
        {image.id}
      </span>,
      'data',
    ],
    [t('column.type'), typeText(image)],
    [
      t('column.status'),
      <span key="status" className="inline-flex flex-wrap gap-1.5">
        <Badge tone={tone === 'unknown' ? 'neutral' : tone} dot>
          {label}
        </Badge>
        {image.deprecated && <Badge tone="failed">{t('status.deprecated')}</Badge>}
      </span>,
    ],
    [t('column.os'), image.osName, 'data'],
    [t('column.platform'), image.platform, 'data'],
    [t('column.arch'), image.architecture, 'data'],
    [t('column.created'), <CreatedValue key="created" image={image} zone={zone} />],
    [t('column.creator'), image.creator, 'data'],
    [t('drawer.description'), image.description, 'data'],
    ...v3Facts(image).map((fact): Row => [fact.label, fact.value, fact.data ? 'data' : undefined]),
    ...(image.syncPercent === undefined
      ? []
      : [[t('drawer.sync'), <SyncProgress key="sync" percent={image.syncPercent} />] as Row]),
    ...tags,
    ...otherFacts(image.raw).map((fact): Row => [fact.label, fact.value, 'field']),
  ]
}

function CreatedValue({ image, zone }: { image: Image; zone: TimeZone }) {
  if (!Number.isFinite(image.createdTime)) {
    return (
      <span>
        —
        <span className="block text-xs text-neutral-500 dark:text-neutral-400">
          {unknownDateNote(image.createdAt)}
        </span>
      </span>
    )
  }
  return (
    <span className="tabular-nums">
      {formatTime(image.createdTime, zone)}
      {t('ui.aside', { text: formatAge(image.createdTime, renderNow()) })}
      {zone.label !== 'UTC' && (
        <span className="block text-xs text-neutral-500 dark:text-neutral-400">
          {formatUtc(image.createdTime)}
        </span>
      )}
    </span>
  )
}

/** How far the copy to other regions got: a bar and the figure. */
function SyncProgress({ percent }: { percent: number }) {
  const clamped = Math.min(100, Math.max(0, percent))
  return (
    <span className="flex items-center gap-2 tabular-nums">
      <progress
        value={clamped}
        max={100}
        aria-label={t('drawer.sync')}
        className="h-1.5 w-28 overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-neutral-200 [&::-webkit-progress-value]:bg-blue-600 dark:[&::-webkit-progress-bar]:bg-neutral-700 dark:[&::-webkit-progress-value]:bg-blue-400 [&::-moz-progress-bar]:bg-blue-600"
      />
      {`${clamped}%`}
    </span>
  )
}

/** Tags as `key=value` chips; a key and value can be long or Chinese, so chips wrap rather than clip. */
function TagChips({ tags }: { tags: Tag[] }) {
  return (
    <ul aria-label={t('drawer.tags')} className="flex flex-wrap gap-1.5">
      {tags.map((tag) => (
        <li
          key={`${tag.Key}=${tag.Value}`}
          className="rounded bg-neutral-100 px-1.5 py-0.5 font-mono text-xs break-all text-neutral-800 ring-1 ring-neutral-500/15 ring-inset dark:bg-neutral-800 dark:text-neutral-200 dark:ring-neutral-400/20"
        >
          {tag.Key}={tag.Value}
        </li>
      ))}
    </ul>
  )
}

function SnapshotTable({ snapshots }: { snapshots: Snapshot[] }) {
  return (
    <>
      <h3 id="snapshots" className={sectionHeading}>
        {t('drawer.snapshots')}
      </h3>
      <table aria-labelledby="snapshots" className="w-full text-left text-sm tabular-nums">
        <thead className="text-xs text-neutral-500 dark:text-neutral-400">
          <tr className="border-b border-neutral-200 dark:border-neutral-800">
            <th className="py-1.5 pr-3 font-medium">{t('drawer.snapshotId')}</th>
            <th className="py-1.5 pr-3 font-medium">{t('drawer.disk')}</th>
            <th className="py-1.5 text-right font-medium">{t('drawer.diskSize')}</th>
          </tr>
        </thead>
        <tbody>
          {snapshots.map((snapshot) => (
            <tr key={snapshot.SnapshotId} className="border-b border-neutral-100 dark:border-neutral-800/70">
              <td translate="no" className="py-1.5 pr-3 font-mono text-xs">
                {snapshot.SnapshotId}
              </td>
              <td className="py-1.5 pr-3">{diskLabel(snapshot.DiskUsage)}</td>
              <td className="py-1.5 text-right whitespace-nowrap">{formatGiB(snapshot.DiskSize)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

/**
 * Every field of one image, formatted, then its snapshots (3.0), `more` (who uses it, whom it is shared with)
 * and the raw JSON the API sent.
 */
export function ImageDetails({ image, more }: { image: Image; more?: ReactNode }) {
  const zone = useZone()
  return (
    <>
      <dl className="grid grid-cols-[7.5rem_1fr] gap-x-3 gap-y-2 text-sm">
        {fieldRows(image, zone).map(([label, value, data]) => (
          <div key={label} className="contents">
            <dt
              translate={data === 'field' ? 'no' : undefined}
              className="text-neutral-500 dark:text-neutral-400"
            >
              {label}
            </dt>
            <dd translate={data ? 'no' : undefined} className="min-w-0 break-words">
              {value || '—'}
            </dd>
          </div>
        ))}
      </dl>
      {image.snapshots && image.snapshots.length > 0 && <SnapshotTable snapshots={image.snapshots} />}
      {more}
      <h3 id="raw-json" className={sectionHeading}>
        {t('drawer.rawJson')}
      </h3>
      {/* A focusable region, so keyboard users can scroll long lines sideways. */}
      <section
        aria-labelledby="raw-json"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        tabIndex={0}
        className="overflow-x-auto rounded-md bg-neutral-100 p-3 focus-visible:outline-2 focus-visible:outline-blue-600 dark:bg-neutral-950"
      >
        <pre
          translate="no"
          className="font-mono text-xs leading-5 review:break-all review:whitespace-pre-wrap"
        >
          {JSON.stringify(image.raw, null, 2)}
        </pre>
      </section>
    </>
  )
}
