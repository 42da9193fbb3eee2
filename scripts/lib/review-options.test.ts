import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { appEnv, DEFAULT_MAX_PAGES, parseReviewArgs } from './review-options'
import { reviewReport, summaryRows } from './review-report'

describe('parseReviewArgs', () => {
  it.each([
    [['--out', 'b', '--type', 'custom', '--type', 'shared'], 'type=custom&type=shared'],
    [
      ['--out=b', '--region=ap-shanghai', '--status', 'normal', '--sort', 'name'],
      'region=ap-shanghai&status=normal&sort=name%3Aasc',
    ],
    [
      ['--out', 'b', '--link', 'http://x/?type=custom&page=3&view=summary&lang=zh-CN&os=CentOS'],
      'type=custom&os=CentOS',
    ],
    [['--out', 'b', '--created', 'unknown', '--size', '50'], 'created=unknown&size=50'],
    [['--out', 'b'], ''],
  ])('reads %j as the view %s', (argv, query) => {
    const options = parseReviewArgs(argv)
    expect(options.query).toBe(query)
    expect(options.out).toBe(path.resolve('b'))
    expect(options.maxPages).toBe(DEFAULT_MAX_PAGES)
  })

  it('reads the rest of its options', () => {
    expect(
      parseReviewArgs([
        '--out',
        'b',
        '--since',
        'a',
        '--lang',
        'zh-cn',
        '--max-pages',
        '3',
        '--base-url',
        'http://h:1/',
      ]),
    ).toMatchObject({
      since: path.resolve('a'),
      lang: 'zh-CN',
      maxPages: 3,
      baseUrl: 'http://h:1',
    })
  })

  it.each([
    [[], '--out DIR is required'],
    [['--out'], '--out needs a value'],
    [['--out', 'b', '--type', 'nonsense'], '--type nonsense: not a value the view takes'],
    [['--out', 'b', '--type', 'custom,shared'], '--type custom,shared: not a value'],
    [['--out', 'b', '--size', '7'], '--size 7: not a value'],
    [['--out', 'b', '--region', 'mars-1'], '--region mars-1: not a value'],
    [['--out', 'b', '--page', '2'], 'unknown view option --page'],
    [['--out', 'b', '--lang', 'fr'], '--lang is one of en, zh-CN'],
    [['--out', 'b', '--max-pages', '0'], '--max-pages takes a whole number'],
    [['--out', 'b', '--link', 'http://[x'], '--link is not a URL'],
    [['--out', 'b', 'stray'], 'unexpected argument stray'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseReviewArgs(argv)).toThrow(message)
  })
})

describe('appEnv', () => {
  it('passes on what the app reads, keys included, and nothing else', () => {
    const env = {
      TENCENTCLOUD_SECRET_ID: 'id',
      EMULATOR_NOW: 'x',
      IMAGE_API_ENDPOINT: 'e',
      HOME: '/root',
      PORT: '1',
    }
    expect(appEnv(env)).toEqual({ TENCENTCLOUD_SECRET_ID: 'id', EMULATOR_NOW: 'x', IMAGE_API_ENDPOINT: 'e' })
  })
})

describe('reviewReport', () => {
  const base = {
    time: '2026-12-01T00:00:00.000Z',
    mode: 'demo',
    link: '/?type=custom',
    region: 'ap-guangzhou',
    count: 240,
    pages: 12,
    pagesShot: 10,
    maxPages: 10,
    lang: 'en',
    summary: summaryRows([
      ['Chart', 'Value', 'Label', 'Images'],
      ['Images by type', 'PRIVATE_IMAGE', 'Custom', '240'],
    ]),
    exportNames: ['a.csv'],
    files: ['images.csv', 'report.md'],
    changes: null,
  }
  it('states the view, the time, the count, the page cap, the figures and the files', () => {
    const report = reviewReport(base)
    expect(report).toContain('- View: /?type=custom')
    expect(report).toContain('- Images: 240')
    expect(report).toContain('- Pages: 12; the first 10 shot (the cap is 10, --max-pages)')
    expect(report).toContain('| Images by type | Custom | 240 |')
    expect(report).toContain('- report.md')
    expect(report).not.toContain('## Changes')
  })
  it('adds the changes, with counts, lists and warnings', () => {
    const changes = {
      added: [{ id: 'img-aaaaaaa1', name: 'new' }],
      removed: [{ id: 'img-aaaaaaa2', name: 'old|pipe' }],
      changed: [
        {
          before: { id: 'img-aaaaaaa3', state: 'NORMAL' },
          after: { id: 'img-aaaaaaa3', name: 'x', state: 'SYNCING' },
          fields: ['state' as const],
        },
      ],
    }
    const report = reviewReport({
      ...base,
      changes: { since: '/b1', sinceTime: null, changes, warnings: ['other region'] },
    })
    expect(report).toContain('## Changes since /b1')
    expect(report).toContain('> ⚠ other region')
    expect(report).toContain('1 added · 1 removed · 1 changed')
    expect(report).toContain('- `img-aaaaaaa2` old\\|pipe')
    expect(report).toContain('- `img-aaaaaaa3` x: state: NORMAL → SYNCING')
  })
})
