import { describe, expect, it } from 'vitest'
import { documentedAnswers } from '../../core/conformance/corpus.js'
import { parseRegionSet } from '../../core/describe-regions.js'
import { readRegionsAnswer } from '../routes/regions.js'
import { readUpstreamReply } from './answer.js'

/** What the browser gets for each documented answer: the HTTP status, and the body passed through unchanged. */
const EXPECTED: Record<string, { status: number; retryable: boolean }> = {
  'legacy-describe-images-by-id.json': { status: 200, retryable: false },
  'legacy-describe-images-private.json': { status: 200, retryable: false },
  'v3-describe-images-by-id.json': { status: 200, retryable: false },
  'v3-describe-images-private.json': { status: 200, retryable: false },
  'v3-describe-images-cdc.json': { status: 200, retryable: false },
  'v3-describe-regions.json': { status: 200, retryable: false },
  // The legacy endpoint's bare AuthFailure: a sub-account the main account has not authorised.
  'legacy-error-auth-failure.json': { status: 403, retryable: false },
  'legacy-error-signature-failure.json': { status: 502, retryable: false },
  'v3-error-signature-failure.json': { status: 502, retryable: false },
}

describe('the documented answers through the proxy', () => {
  const corpus = documentedAnswers()

  it('covers every fixture of the corpus', () => {
    expect(corpus.map((entry) => entry.name).sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  it.each(corpus)('$name ($source)', ({ name, family, action, answer }) => {
    const text = JSON.stringify(answer)
    const listKey = action === 'DescribeRegions' ? 'RegionSet' : 'ImageSet'
    const { answer: read, retryable } = readUpstreamReply(200, text, { family, listKey })
    expect({ status: read.status, retryable }).toEqual(EXPECTED[name])
    expect(read).toMatchObject({ kind: 'upstream', body: text })
    const requestId = answer.Response.RequestId ?? answer.Response.RequestID
    if (read.kind === 'upstream') expect(read.requestId).toBe(requestId)
  })

  it('serves the documented DescribeRegions answer at /api/regions row for row', () => {
    const [regions] = corpus.filter((entry) => entry.action === 'DescribeRegions')
    const read = readRegionsAnswer(JSON.stringify(regions?.answer))
    expect(read?.rows).toEqual(parseRegionSet(regions?.answer.Response))
    expect(read?.rows).toHaveLength(9)
    expect(read?.rows[1]).toEqual({
      Region: 'ap-guangzhou',
      RegionName: '华南地区(广州)',
      RegionState: 'AVAILABLE',
    })
  })
})
