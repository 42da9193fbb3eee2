import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import {
  FILTER_NAMES,
  formatDescribeImagesParams,
  MAX_FILTER_VALUES,
  MAX_FILTERS,
  MAX_IMAGE_IDS,
  MAX_LIMIT,
} from '../../core/describe-images.js'
import { DEFAULT_REGION, isWellFormedRegionId } from '../../core/regions.js'
import { type ParamList, parseDescribeImagesParams } from '../../core/request/params.js'
import { normalizeRequestKey } from '../../core/request/request-key.js'
import { hostileQuery } from '../test-support/hostile-queries.js'
import { fuzzOptions, validQuery } from '../test-support/query-arbitraries.js'
import { nearlyValidQuery } from '../test-support/query-mutations.js'

/** Every code the validator may answer; anything else would be a new, undocumented refusal. */
const DOCUMENTED_CODES = new Set([
  'MissingParameter',
  'InvalidParameter',
  'InvalidParameterValue',
  'UnknownParameter',
  'InvalidAction.NotFound',
  'NoSuchVersion',
  'InvalidRegion.NotFound',
  'InvalidFilter',
  'InvalidImageId.Malformed',
  'InvalidParameterValue.InvalidParameterValueLimit',
  'InvalidParameterValue.LimitExceeded',
  'InvalidParameter.InvalidParameterCoexistImageIdsFilters',
])

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort()
let fuzzed = 0

/** Decodes exactly as the /api route does: the raw query through URLSearchParams, duplicates kept. */
const decode = (query: string): ParamList => [...new URLSearchParams(query)]

function parse(params: ParamList) {
  return parseDescribeImagesParams(params, { defaultRegion: DEFAULT_REGION, requireActionAndVersion: false })
}

afterAll(() => {
  console.info(`fuzz-parser: ${fuzzed} generated queries`)
})

describe('the query parser under fuzzing', () => {
  it('accepts every valid query as exactly the request the user meant', () => {
    fc.assert(
      fc.property(validQuery, ({ query, meant }) => {
        fuzzed++
        const parsed = parse(decode(query))
        expect(parsed).toEqual({ ok: true, request: meant })
      }),
      fuzzOptions(3000),
    )
  })

  it('reads every request back unchanged from the wire form the proxy sends upstream', () => {
    fc.assert(
      fc.property(validQuery, ({ meant }) => {
        fuzzed++
        const parsed = parse(formatDescribeImagesParams(meant))
        expect(parsed).toEqual({ ok: true, request: meant })
        if (parsed.ok) expect(normalizeRequestKey(parsed.request)).toBe(normalizeRequestKey(meant))
      }),
      fuzzOptions(1000),
    )
  })

  it('refuses each nearly valid query with the code its one mistake earns, naming the parameter', () => {
    fc.assert(
      fc.property(nearlyValidQuery, ({ query, code, named }) => {
        fuzzed++
        const parsed = parse(decode(query))
        expect(parsed.ok).toBe(false)
        if (parsed.ok) return
        expect(parsed.error.code).toBe(code)
        expect(parsed.error.message).toContain(named)
      }),
      fuzzOptions(2500),
    )
  })

  it('answers any hostile query with a sound request or a documented refusal, never an exception', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        fuzzed++
        const params = decode(query)
        const parsed = parse(params)
        if (!parsed.ok) {
          expect(DOCUMENTED_CODES).toContain(parsed.error.code)
          // Echoed input is cut short, so a huge value cannot blow up a response or a log line.
          expect(parsed.error.message.length).toBeLessThan(300)
          return
        }
        const { request } = parsed
        expect(isWellFormedRegionId(request.region)).toBe(true)
        expect(request.limit).toBeGreaterThanOrEqual(1)
        expect(request.limit).toBeLessThanOrEqual(MAX_LIMIT)
        expect(Number.isSafeInteger(request.offset) && request.offset >= 0).toBe(true)
        expect(request.imageIds.length === 0 || request.filters.length === 0).toBe(true)
        expect(request.imageIds.length).toBeLessThanOrEqual(MAX_IMAGE_IDS)
        expect(request.filters.length).toBeLessThanOrEqual(MAX_FILTERS)
        const given = new Set(params.map(([, value]) => value))
        for (const id of request.imageIds) expect(given).toContain(id)
        for (const filter of request.filters) {
          expect(FILTER_NAMES).toContain(filter.name)
          expect(filter.values.length).toBeLessThanOrEqual(MAX_FILTER_VALUES)
          for (const value of filter.values) expect(given).toContain(value)
        }
        expect(parse(formatDescribeImagesParams(request))).toEqual(parsed)
      }),
      fuzzOptions(3500),
    )
  })

  it('leaves Object.prototype untouched after every prototype key above', () => {
    expect(fuzzed).toBe(10_000)
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames)
    expect(({} as Record<string, unknown>).Name).toBeUndefined()
  })
})
