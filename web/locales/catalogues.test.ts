import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { messages as enFirst } from './en'
import { messages as enLater } from './en/later'
import { messages as zhFirst } from './zh-CN'
import { messages as zhLater } from './zh-CN/later'

/**
 * The catalogues against each other and against the code. The compiler already holds every catalogue to
 * the English shape (`satisfies`) and every `t` call to its keys; these tests also catch what types cannot:
 * a word in two chunks, a message no code asks for, English left in the Chinese, a message that breaks.
 */
type Catalogue = Record<string, string | ((params: never) => string)>
const CATALOGUES: Record<string, { first: Catalogue; later: Catalogue }> = {
  en: { first: enFirst, later: enLater },
  'zh-CN': { first: zhFirst, later: zhLater },
}

const WEB = path.resolve(import.meta.dirname, '..')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory())
      return entry.name === 'locales' || entry.name === 'test-support' ? [] : sources(file)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : []
  })
}

/** The keys the code names: `t('a.b')`, and the shapes of `t(`a.${x}`)` as [prefix, suffix]. */
function keysInCode() {
  const literal = new Set<string>()
  const templates: [string, string][] = []
  for (const file of sources(WEB)) {
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/\bt\(\s*(['"])([\w.]+)\1/g)) literal.add(match[2] as string)
    for (const match of text.matchAll(/\bt\(\s*(?:[^()]*\?\s*'[\w.]+'\s*:\s*)?`([\w.]*)\$\{[^}]+\}(\w*)`/g)) {
      templates.push([match[1] as string, match[2] as string])
    }
    for (const match of text.matchAll(/\bt\([^()]*\?\s*'([\w.]+)'\s*:/g)) literal.add(match[1] as string)
  }
  return { literal, templates }
}

/** A value for any parameter: "7" (numbers format it as 7), or a unit of time where a message wants one. */
const params = new Proxy({}, { get: (_target, name) => (name === 'unit' ? 'day' : '7') }) as never

const say = (entry: Catalogue[string]) => (typeof entry === 'function' ? entry(params) : entry)

describe('the catalogues', () => {
  it('have the same keys in every language, each key in one chunk only', () => {
    for (const [language, { first, later }] of Object.entries(CATALOGUES)) {
      expect(Object.keys(first).sort(), language).toEqual(Object.keys(enFirst).sort())
      expect(Object.keys(later).sort(), language).toEqual(Object.keys(enLater).sort())
      expect(
        Object.keys(first).filter((key) => key in later),
        language,
      ).toEqual([])
    }
  })

  it('hold every key the code asks for, and no key the code never asks for', () => {
    const { literal, templates } = keysInCode()
    const all = Object.keys({ ...enFirst, ...enLater })
    expect([...literal].filter((key) => !all.includes(key))).toEqual([])
    const used = (key: string) =>
      literal.has(key) ||
      templates.some(([prefix, suffix]) => key.startsWith(prefix) && key.endsWith(suffix) && key !== prefix)
    expect(all.filter((key) => !used(key))).toEqual([])
  })

  it('give a whole text for every message, in every language', () => {
    for (const [language, { first, later }] of Object.entries(CATALOGUES)) {
      for (const [key, entry] of Object.entries({ ...first, ...later })) {
        const text = say(entry)
        expect(text, `${language} ${key}`).not.toMatch(/undefined|NaN|\[object|^\s*$/)
      }
    }
  })

  it('leave no English in the Chinese but codes, names and examples', () => {
    const allowed = new Set(
      'CVM ID IP API JSON JavaScript CSV UTF Excel Markdown tccli DescribeImages Response ImageSet RequestId Enter Esc Shift Cloud init BYOL Ubuntu env prod img pmqg1cw7 CDC SA5 MEDIUM2 UTC cluster CAM cvm DescribeImages QcloudCVMReadOnlyAccess k j'.split(
        ' ',
      ),
    )
    const zh = { ...zhFirst, ...zhLater } as Catalogue
    const english = Object.entries(zh).flatMap(([key, entry]) =>
      (say(entry).match(/[A-Za-z][A-Za-z0-9]+/g) ?? [])
        .filter((word) => !allowed.has(word))
        .map((word) => `${key}: ${word}`),
    )
    expect(english).toEqual([])
  })
})
