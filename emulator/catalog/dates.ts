/** Catalog dates as the legacy endpoint writes them, in UTC. */

export const DAY = 86_400_000

// Formatting dates is the hot spot of a 100,000-image build: each calendar day is formatted once.
const days = new Map<number, string>()
export function day(ms: number): string {
  const index = Math.floor(ms / DAY)
  let text = days.get(index)
  if (text === undefined) {
    text = new Date(index * DAY).toISOString().slice(0, 10)
    days.set(index, text)
  }
  return text
}
const two = (n: number) => (n < 10 ? `0${n}` : `${n}`)

/** The legacy format, `2026-03-01T08:15:00+00:00`. */
export function formatCreateTime(ms: number): string {
  const seconds = Math.floor((ms % DAY) / 1000)
  const time = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`
  return `${day(ms)}T${time}+00:00`
}
