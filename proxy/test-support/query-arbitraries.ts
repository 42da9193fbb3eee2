/**
 * fast-check generators for DescribeImages query strings, in three families: valid (with the request the user
 * meant, for round trips), nearly valid (one mutation, with the refusal it must earn) and hostile.
 */
import fc from 'fast-check'
import {
  DEFAULT_LIMIT,
  type DescribeImagesRequest,
  type Filter,
  IMAGE_TYPES,
  MAX_FILTERS,
  MAX_IMAGE_IDS,
} from '../../core/describe-images.js'
import { DEFAULT_REGION, REGIONS } from '../../core/regions.js'
import { encodeParams, shuffle, splitMix } from './query-encoding.js'

export type Params = Array<[string, string]>

export interface ValidQuery {
  /** Decoded parameters in the order they are sent. */
  params: Params
  /** The query string after '?'. */
  query: string
  /** The request the user meant: what the upstream must receive. */
  meant: DescribeImagesRequest
}

/** FUZZ_SEED=<n> replays a run; otherwise each run explores new inputs and fast-check prints its seed on failure. */
export function fuzzOptions(numRuns: number): { numRuns: number; seed?: number } {
  const seed = Number(process.env.FUZZ_SEED)
  return Number.isInteger(seed) ? { numRuns, seed } : { numRuns }
}

const imageId = fc.stringMatching(/^img-[a-z0-9]{8}$/)
/** Any code point (control characters, CJK, emoji, RTL marks), plus names people really type. */
const freeText = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 16 }),
  fc.constantFrom(
    'CentOS',
    'ubuntu 22.04',
    '中文版',
    'Windows Server 2022 数据中心版',
    'a+b&c=d',
    '100%',
    ' ',
  ),
)

const filter: fc.Arbitrary<Filter> = fc.oneof(
  fc.record({
    name: fc.constant('image-id' as const),
    values: fc.uniqueArray(imageId, { minLength: 1, maxLength: 5 }),
  }),
  fc.record({
    name: fc.constant('image-type' as const),
    values: fc.shuffledSubarray<string>([...IMAGE_TYPES], { minLength: 1 }),
  }),
  fc.record({
    name: fc.constantFrom('image-name' as const, 'platform' as const),
    values: fc.uniqueArray(freeText, { minLength: 1, maxLength: 5 }),
  }),
)

const selection = fc.oneof(
  fc.record({
    imageIds: fc.uniqueArray(imageId, { minLength: 1, maxLength: MAX_IMAGE_IDS }),
    filters: fc.constant<Filter[]>([]),
  }),
  fc.record({ imageIds: fc.constant<string[]>([]), filters: fc.array(filter, { maxLength: MAX_FILTERS }) }),
)

const meaning = fc.record({
  region: fc.option(fc.constantFrom(...REGIONS.map((region) => region.id)), { nil: undefined }),
  selection,
  offset: fc.option(fc.oneof(fc.nat(5000), fc.maxSafeNat()), { nil: undefined }),
  limit: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
  withAction: fc.boolean(),
  withVersion: fc.boolean(),
})

type Meaning = typeof meaning extends fc.Arbitrary<infer T> ? T : never

/** Ascending and distinct, sometimes sparse, sometimes far beyond 2^53: an index is a name, not a number. */
function indices(count: number, random: () => number): string[] {
  let next = random() < 0.1 ? 10n ** BigInt(15 + Math.floor(random() * 20)) : 0n
  return Array.from({ length: count }, () => {
    const index = next
    next += 1n + (random() < 0.3 ? BigInt(Math.floor(random() * 1000)) : 0n)
    return String(index)
  })
}

function paramsOf(value: Meaning, random: () => number): Params {
  const { imageIds, filters } = value.selection
  const params: Params = []
  if (value.withAction) params.push(['Action', 'DescribeImages'])
  if (value.withVersion) params.push(['Version', '2017-03-12'])
  if (value.region !== undefined) params.push(['Region', value.region])
  const idIndices = indices(imageIds.length, random)
  imageIds.forEach((id, i) => {
    params.push([`ImageIds.${idIndices[i]}`, id])
  })
  const filterIndices = indices(filters.length, random)
  filters.forEach((one, i) => {
    params.push([`Filters.${filterIndices[i]}.Name`, one.name])
    const valueIndices = indices(one.values.length, random)
    one.values.forEach((text, j) => {
      params.push([`Filters.${filterIndices[i]}.Values.${valueIndices[j]}`, text])
    })
  })
  if (value.offset !== undefined) params.push(['Offset', String(value.offset)])
  if (value.limit !== undefined) params.push(['Limit', String(value.limit)])
  return shuffle(params, random)
}

/** Valid queries: any index numbering, any parameter order, any legal percent-encoding. */
export const validQuery: fc.Arbitrary<ValidQuery> = fc.tuple(meaning, fc.integer()).map(([value, seed]) => {
  const random = splitMix(seed)
  const params = paramsOf(value, random)
  const meant: DescribeImagesRequest = {
    region: value.region ?? DEFAULT_REGION,
    imageIds: value.selection.imageIds,
    filters: value.selection.filters,
    offset: value.offset ?? 0,
    limit: value.limit ?? DEFAULT_LIMIT,
  }
  return { params, query: encodeParams(params, random), meant }
})
