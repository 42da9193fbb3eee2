/**
 * A region's demo fleet for DescribeInstances: EMULATOR_INSTANCES instances (a few hundred by default, so a
 * scan takes several pages) running many of the region's custom, shared and public images and leaving the
 * others unused, in realistic states, zones, types and charge types. Seeded by the region: the same fleet on
 * every run. Dates follow the catalogue's own: an instance starts after its image was made.
 */

import type { LegacyImage } from '../../core/describe-images.js'
import type { Instance } from '../../core/describe-instances.js'
import type { Catalog } from '../catalog/catalog.js'
import { imageDetails } from '../catalog/details.js'
import { type Random, seededRandom } from '../catalog/random.js'

export const DEFAULT_INSTANCES = 300
export const MAX_INSTANCES = 100_000

/** The share of each kind of image that runs somewhere; the rest is unused. */
const USED_SHARE: Readonly<Record<string, number>> = {
  PRIVATE_IMAGE: 0.55,
  SHARED_IMAGE: 0.35,
  PUBLIC_IMAGE: 0.3,
}

const weighted = <T>(random: Random, table: readonly (readonly [T, number])[]): T => {
  let left = random.next() * table.reduce((sum, [, weight]) => sum + weight, 0)
  for (const [value, weight] of table) {
    left -= weight
    if (left < 0) return value
  }
  return (table[0] as readonly [T, number])[0]
}

const STATES = [
  ['RUNNING', 70],
  ['STOPPED', 18],
  ['PENDING', 2],
  ['STARTING', 2],
  ['STOPPING', 2],
  ['REBOOTING', 2],
  ['SHUTDOWN', 2],
  ['LAUNCH_FAILED', 1],
  ['TERMINATING', 1],
] as const
const CHARGE_TYPES = [
  ['POSTPAID_BY_HOUR', 60],
  ['PREPAID', 35],
  ['SPOTPAID', 5],
] as const
const X86_TYPES = ['S5.MEDIUM4', 'S5.LARGE8', 'SA5.MEDIUM4', 'SA5.2XLARGE16', 'S6.LARGE16', 'M5.2XLARGE32']
const MORE_X86_TYPES = ['C6.XLARGE8', 'IT5.4XLARGE64', 'SA2.MEDIUM2', 'S8.LARGE8']
const ARM_TYPES = ['SR1.MEDIUM4', 'SR1.LARGE8', 'SR1.2XLARGE16']
const ZONE_NUMBERS = [3, 4, 6, 7]
const SERVICES = [
  'web',
  'api',
  'order',
  'payment',
  'search',
  'k8s-node',
  'mysql',
  'redis',
  'kafka',
  'jenkins',
]
const ENVS = ['prod', 'prod', 'staging', 'test', 'dev']
const TEAMS = ['sre', 'data', '数据库', 'platform']
const HOUR = 3_600_000
const DAY = 24 * HOUR

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const alnum = (random: Random, length: number) =>
  Array.from({ length }, () => random.int(36).toString(36)).join('')
const hex = (random: Random, length: number) =>
  Array.from({ length }, () => random.int(16).toString(16)).join('')

function newInstanceId(random: Random, taken: Set<string>): string {
  for (;;) {
    const id = `ins-${alnum(random, 8)}`
    if (!taken.has(id)) {
      taken.add(id)
      return id
    }
  }
}

/** The images that run somewhere in this region: a seeded share of each kind, NORMAL ones only. */
export function usedImages(catalog: Catalog): LegacyImage[] {
  const random = seededRandom(`${catalog.region}:used-images`)
  return catalog.entries
    .map((entry) => entry.image)
    .filter((image) => image.ImageStatus === 'NORMAL' && random.next() < (USED_SHARE[image.ImageType] ?? 0))
}

interface Seed {
  random: Random
  region: string
  image: LegacyImage
  osName: string
  createdFrom: number
  until: number
}

function instance(seed: Seed, index: number, taken: Set<string>): Instance {
  const { random, region, image } = seed
  const service = random.pick(SERVICES)
  const env = random.pick(ENVS)
  const created = seed.createdFrom + random.next() * Math.max(0, seed.until - seed.createdFrom)
  const charge = weighted(random, CHARGE_TYPES)
  const types = image.Architecture === 'arm' ? ARM_TYPES : random.next() < 0.8 ? X86_TYPES : MORE_X86_TYPES
  const tags = [{ Key: 'env', Value: env }]
  if (random.next() < 0.5) tags.push({ Key: 'team', Value: random.pick(TEAMS) })
  return {
    InstanceId: newInstanceId(random, taken),
    InstanceName: `${service}-${env}-${String(index % 100).padStart(2, '0')}`,
    InstanceState: weighted(random, STATES),
    InstanceType: random.pick(types),
    ImageId: image.ImageId,
    Placement: {
      Zone: `${region}-${random.pick(ZONE_NUMBERS)}`,
      ProjectId: random.next() < 0.8 ? 0 : 1_000_123,
    },
    PrivateIpAddresses: [`10.${random.int(256)}.${random.int(256)}.${1 + random.int(254)}`],
    PublicIpAddresses:
      random.next() < 0.4 ? [`43.${128 + random.int(100)}.${random.int(256)}.${1 + random.int(254)}`] : null,
    CreatedTime: iso(created),
    ExpiredTime: charge === 'PREPAID' ? iso(created + (1 + random.int(36)) * 30 * DAY) : null,
    OsName: seed.osName,
    InstanceChargeType: charge,
    Tags: tags,
    Uuid: `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`,
  }
}

/** The region's instances, oldest first as the console lists them by default; ids unique in the region. */
export function buildFleet(catalog: Catalog, count = DEFAULT_INSTANCES): Instance[] {
  const used = usedImages(catalog)
  if (used.length === 0 || count === 0) return []
  const random = seededRandom(`${catalog.region}:fleet`)
  const until = Math.max(...catalog.entries.map((entry) => entry.created))
  const taken = new Set<string>()
  const osNames = new Map<string, string>()
  const fleet = Array.from({ length: count }, (_, index) => {
    // Every used image runs at least once; past that, earlier images in the list run more often.
    const image =
      index < used.length
        ? (used[index] as LegacyImage)
        : (used[random.int(random.int(used.length) + 1)] as LegacyImage)
    let osName = osNames.get(image.ImageId)
    if (osName === undefined) {
      osName = imageDetails(image).osName
      osNames.set(image.ImageId, osName)
    }
    const createdFrom = Math.max(Date.parse(image.ImageCreateTime), until - 3 * 365 * DAY)
    return instance({ random, region: catalog.region, image, osName, createdFrom, until }, index, taken)
  })
  return fleet.sort((a, b) => (a.CreatedTime < b.CreatedTime ? -1 : a.CreatedTime > b.CreatedTime ? 1 : 0))
}

/** Fleets are built on first use of a region and kept, from the region's catalogue. */
export function fleetSource(
  catalogs: (region: string) => Catalog,
  count = DEFAULT_INSTANCES,
): (region: string) => readonly Instance[] {
  const built = new Map<string, Instance[]>()
  return (region) => {
    let fleet = built.get(region)
    if (!fleet) {
      fleet = buildFleet(catalogs(region), count)
      built.set(region, fleet)
    }
    return fleet
  }
}
