import { useId } from 'react'
import { formatCount } from '../lib/format'
import { t } from '../lib/i18n'
import { focusRing } from '../ui/button'

export interface ChartBar {
  key: string
  label: string
  count: number
  /** The list narrowed to exactly this bar's images; null when no filter can say it. */
  href: string | null
}

interface BarChartProps {
  title: string
  bars: readonly ChartBar[]
  onOpen: (bar: ChartBar) => void
}

const ROW = 34
/** Long platform names are cut in the picture; the description and the link keep them whole. */
const shorten = (label: string) => (label.length > 32 ? `${label.slice(0, 31)}…` : label)

/**
 * One chart as plain SVG: a bar per value with its label and count. To assistive technology it is an image
 * named by its title and described by its bars in words; over each bar lies a link to the list narrowed to
 * that bar, so a click (or Tab and Enter) anywhere on the bar opens exactly its images.
 */
export function BarChart({ title, bars, onOpen }: BarChartProps) {
  const describedBy = useId()
  const largest = Math.max(1, ...bars.map((bar) => bar.count))
  const words = bars.map((bar) => t('charts.bar', { label: bar.label, count: bar.count }))
  return (
    <figure className="flex flex-col gap-2 rounded-lg border border-neutral-200 p-3 dark:border-neutral-800">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <div className="relative">
        <svg
          role="img"
          aria-label={title}
          aria-describedby={describedBy}
          width="100%"
          height={bars.length * ROW}
          className="block overflow-visible text-neutral-800 dark:text-neutral-200"
        >
          {bars.map((bar, index) => (
            <g key={bar.key} transform={`translate(0 ${index * ROW})`}>
              <text x="0" y="13" fontSize="12" fill="currentColor">
                {shorten(bar.label)}
              </text>
              <text
                x="100%"
                y="13"
                fontSize="12"
                textAnchor="end"
                fill="currentColor"
                className="tabular-nums"
              >
                {formatCount(bar.count)}
              </text>
              <rect
                x="0"
                y="19"
                width="100%"
                height="9"
                rx="2"
                className="fill-neutral-100 dark:fill-neutral-800"
              />
              <rect
                x="0"
                y="19"
                width={`${(bar.count / largest) * 100}%`}
                height="9"
                rx="2"
                className="fill-blue-600 dark:fill-blue-400"
              />
            </g>
          ))}
        </svg>
        <p id={describedBy} hidden>
          {words.join(t('ui.listSeparator'))}
        </p>
        <ul className="absolute inset-0">
          {bars.map((bar, index) =>
            bar.href && bar.count > 0 ? (
              <li key={bar.key} className="absolute inset-x-0" style={{ top: index * ROW, height: ROW - 2 }}>
                <a
                  href={bar.href}
                  title={t('charts.barHint')}
                  onClick={(event) => {
                    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
                    event.preventDefault()
                    onOpen(bar)
                  }}
                  className={`block h-full rounded hover:bg-blue-500/10 ${focusRing}`}
                >
                  <span className="sr-only">{words[index]}</span>
                </a>
              </li>
            ) : null,
          )}
        </ul>
      </div>
    </figure>
  )
}
