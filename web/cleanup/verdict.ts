/**
 * The cleanup review's rules, one image at a time (issue: "which images can be cleaned up, and why"). A custom
 * image is a candidate only when every fact that could keep it was read and none does: no instance runs it (the
 * scan complete), no account has it shared, it is not the newest of its ImageFamily (images without a family
 * are not grouped), and it is older than `olderThanDays`. Any fact that keeps it makes it Keep, with every such
 * reason; a fact that could not be read leaves it Undecided, naming what is missing. Pure.
 */

const DAY = 86_400_000

export type Verdict = 'candidate' | 'keep' | 'undecided'

export type Reason =
  | { kind: 'inUse'; count: number }
  | { kind: 'shared'; count: number }
  | { kind: 'newestInFamily'; family: string }
  | { kind: 'younger'; days: number }
  | { kind: 'unknownAge' }
  | { kind: 'notScanned' }
  | { kind: 'sharingUnread' }
  | { kind: 'unused'; ageDays: number }

export interface CleanupImage {
  id: string
  /** Epoch ms; NaN when not known. */
  createdTime: number
  family: string
}

/** What the review could read about the region. */
export interface CleanupFacts {
  /** Instance counts by image ID, or null when the scan failed or was cut short. */
  usage: ReadonlyMap<string, number> | null
  /** Account counts by image ID; an image missing from it had its sharing not read. */
  sharing: ReadonlyMap<string, number>
  olderThanDays: number
  now: number
}

export interface Decision {
  verdict: Verdict
  reasons: Reason[]
}

/** An unknown creation time sorts before every known one. */
const timeOf = (image: CleanupImage) => (Number.isNaN(image.createdTime) ? -Infinity : image.createdTime)

/** The newest image of each family, by ID (the first listed on a tie); a family of one image counts too. */
export function newestInFamilies(images: readonly CleanupImage[]): Set<string> {
  const newest = new Map<string, CleanupImage>()
  for (const image of images) {
    if (!image.family) continue
    const best = newest.get(image.family)
    if (!best || timeOf(image) > timeOf(best)) newest.set(image.family, image)
  }
  return new Set([...newest.values()].map((image) => image.id))
}

/** The reasons that keep an image whatever else is known: in use, newest of its family, too young. */
export function keepReasons(image: CleanupImage, facts: CleanupFacts, newest: ReadonlySet<string>): Reason[] {
  const reasons: Reason[] = []
  const count = facts.usage?.get(image.id) ?? 0
  if (count > 0) reasons.push({ kind: 'inUse', count })
  const shared = facts.sharing.get(image.id) ?? 0
  if (shared > 0) reasons.push({ kind: 'shared', count: shared })
  if (newest.has(image.id)) reasons.push({ kind: 'newestInFamily', family: image.family })
  if (Number.isNaN(image.createdTime)) reasons.push({ kind: 'unknownAge' })
  else if (facts.now - image.createdTime < facts.olderThanDays * DAY)
    reasons.push({ kind: 'younger', days: facts.olderThanDays })
  return reasons
}

export function decide(image: CleanupImage, facts: CleanupFacts, newest: ReadonlySet<string>): Decision {
  const reasons = keepReasons(image, facts, newest)
  if (reasons.length > 0) return { verdict: 'keep', reasons }
  const missing: Reason[] = []
  if (facts.usage === null) missing.push({ kind: 'notScanned' })
  if (!facts.sharing.has(image.id)) missing.push({ kind: 'sharingUnread' })
  if (missing.length > 0) return { verdict: 'undecided', reasons: missing }
  return {
    verdict: 'candidate',
    reasons: [{ kind: 'unused', ageDays: Math.floor((facts.now - image.createdTime) / DAY) }],
  }
}

/** The images whose sharing decides their verdict: nothing else keeps them (so far as the scan can tell). */
export function needSharing(
  images: readonly CleanupImage[],
  facts: Omit<CleanupFacts, 'sharing'>,
): CleanupImage[] {
  const newest = newestInFamilies(images)
  const none = new Map<string, number>()
  return images.filter((image) => keepReasons(image, { ...facts, sharing: none }, newest).length === 0)
}
