import { describe, expect, it } from 'vitest'
import { type ModuleNode, staticClosure, staticGroups } from './first-load-chunk'

/** main → a → b, main ⇢ lazy (dynamic, so not an imported id) → b, c; lang → words. */
const graph: Record<string, string[]> = {
  main: ['a'],
  a: ['b', 'a'],
  b: [],
  lazy: ['b', 'c'],
  c: [],
  lang: ['words'],
  words: ['b'],
}
const info = (id: string): ModuleNode | null =>
  id in graph ? { isEntry: id === 'main', importedIds: graph[id] ?? [] } : null

describe('staticClosure', () => {
  it.each([
    ['main', ['main', 'a', 'b']],
    ['lazy', ['lazy', 'b', 'c']],
    ['c', ['c']],
    ['unknown', ['unknown']],
  ])('from %s reaches %j (cycles once, dynamic imports not at all)', (entry, reached) => {
    expect([...staticClosure(entry, info)].sort()).toEqual([...reached].sort())
  })
})

describe('staticGroups', () => {
  const name = staticGroups([
    { name: 'index', entry: 'main' },
    { name: 'en', entry: 'lang' },
  ])
  const ctx = { getModuleInfo: info }
  it.each([
    ['main', 'index'],
    ['b', 'index'],
    ['lang', 'en'],
    ['words', 'en'],
    ['lazy', null],
    ['c', null],
  ])('puts %s in %s (the first root that reaches it; the rest left to the bundler)', (id, group) => {
    expect(name(id, ctx)).toBe(group)
  })
})
