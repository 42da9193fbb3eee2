import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScreenshotArgs, stateUrl, UsageError } from './screenshot-states.js'

describe('npm run screenshots arguments', () => {
  it('reads --out, --base-url and repeated --state, spaced or with =', () => {
    const options = parseScreenshotArgs([
      '--out=shots',
      '--base-url',
      'http://127.0.0.1:8080/',
      '--state',
      'custom=?type=custom&name=a=b',
    ])
    expect(options).toEqual({
      out: path.resolve('shots'),
      baseUrl: 'http://127.0.0.1:8080',
      lang: 'en',
      states: [{ name: 'custom', query: 'type=custom&name=a=b' }],
    })
  })

  it('renders in the language --lang names, into screenshots/<lang> unless --out says where', () => {
    expect(parseScreenshotArgs(['--lang', 'zh-cn'])).toMatchObject({
      lang: 'zh-CN',
      out: path.resolve('screenshots', 'zh-CN'),
    })
    expect(parseScreenshotArgs([])).toMatchObject({ lang: 'en', out: path.resolve('screenshots', 'en') })
  })

  it.each([
    [['--lang', 'fr'], /--lang is one of en, zh-CN: fr/],
    [['--out'], /--out needs a value/],
    [['--out', 'x', '--size', '3'], /unknown option --size/],
    [['--out', 'x', '--state', 'bad name=x'], /--state needs name=QUERY/],
  ])('refuses %j with the reason', (argv, message) => {
    expect(() => parseScreenshotArgs(argv)).toThrow(UsageError)
    expect(() => parseScreenshotArgs(argv)).toThrow(message)
  })

  it('opens each state in review mode and the run’s language unless its query says otherwise', () => {
    expect(stateUrl('http://h', 'theme=dark')).toBe('http://h/?theme=dark&review=1&lang=en')
    expect(stateUrl('http://h', 'review=0', 'zh-CN')).toBe('http://h/?review=0&lang=zh-CN')
    expect(stateUrl('http://h', 'lang=en', 'zh-CN')).toBe('http://h/?lang=en&review=1')
  })
})
