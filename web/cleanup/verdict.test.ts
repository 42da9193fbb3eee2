import { describe, expect, it } from 'vitest'
import { type CleanupFacts, type CleanupImage, decide, needSharing, newestInFamilies } from './verdict'

const NOW = Date.parse('2026-12-01T00:00:00Z')
const DAY = 86_400_000
const image = (id: string, ageDays: number, family = ''): CleanupImage => ({
  id,
  createdTime: Number.isNaN(ageDays) ? Number.NaN : NOW - ageDays * DAY,
  family,
})

const images = [
  image('img-old', 400),
  image('img-used', 400),
  image('img-shared', 400),
  image('img-young', 30),
  image('img-web1', 500, 'web'),
  image('img-web2', 300, 'web'),
  image('img-nodate', Number.NaN),
  image('img-both', 10),
]
const facts: CleanupFacts = {
  usage: new Map([
    ['img-used', 3],
    ['img-both', 1],
  ]),
  sharing: new Map([
    ['img-old', 0],
    ['img-shared', 2],
    ['img-web1', 0],
  ]),
  olderThanDays: 90,
  now: NOW,
}
const newest = newestInFamilies(images)

describe('the cleanup verdict', () => {
  it.each([
    ['img-old', 'candidate', ['unused']],
    ['img-used', 'keep', ['inUse']],
    ['img-shared', 'keep', ['shared']],
    ['img-young', 'keep', ['younger']],
    ['img-web1', 'candidate', ['unused']],
    ['img-web2', 'keep', ['newestInFamily']],
    ['img-nodate', 'keep', ['unknownAge']],
    ['img-both', 'keep', ['inUse', 'younger']],
  ])('%s is %s because %j', (id, verdict, kinds) => {
    const decision = decide(images.find((each) => each.id === id) as CleanupImage, facts, newest)
    expect(decision.verdict).toBe(verdict)
    expect(decision.reasons.map((reason) => reason.kind)).toEqual(kinds)
  })

  it('calls nothing a candidate when the scan could not be read, and names what is missing', () => {
    const unread = { ...facts, usage: null }
    const old = decide(image('img-old', 400), unread, newest)
    expect(old).toEqual({ verdict: 'undecided', reasons: [{ kind: 'notScanned' }] })
    // What keeps an image is still known: its age and family.
    expect(decide(image('img-young', 30), unread, newest).verdict).toBe('keep')
  })

  it('leaves an image undecided when its sharing was not read', () => {
    const decision = decide(image('img-unread', 400), facts, newest)
    expect(decision).toEqual({ verdict: 'undecided', reasons: [{ kind: 'sharingUnread' }] })
  })

  it('counts the age against older=', () => {
    expect(decide(image('img-old', 400), { ...facts, olderThanDays: 500 }, newest).reasons).toEqual([
      { kind: 'younger', days: 500 },
    ])
    expect(decide(image('img-old', 400), facts, newest).reasons).toEqual([{ kind: 'unused', ageDays: 400 }])
  })

  it('keeps the newest of each family, one-image families too, and groups no image without a family', () => {
    const set = newestInFamilies([
      image('a', 10, 'db'),
      image('b', 5, 'db'),
      image('c', 100, 'solo'),
      image('d', 1),
      image('e', Number.NaN, 'db'),
    ])
    expect([...set].sort()).toEqual(['b', 'c'])
  })

  it('asks for the sharing of only the images nothing else keeps', () => {
    const asked = needSharing(images, { usage: facts.usage, olderThanDays: 90, now: NOW })
    expect(asked.map((each) => each.id)).toEqual(['img-old', 'img-shared', 'img-web1'])
  })
})
