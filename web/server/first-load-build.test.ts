import path from 'node:path'
import { build, type Rolldown } from 'vite'
import { describe, expect, it } from 'vitest'

type Chunk = Rolldown.OutputChunk

/** The client build in memory (nothing written): its chunks by file name, and the page's scripts. */
async function buildChunks(): Promise<{ chunks: Map<string, Chunk>; page: string[] }> {
  const result = await build({
    configFile: path.resolve('vite.config.ts'),
    logLevel: 'silent',
    build: { write: false },
  })
  const outputs = Array.isArray(result) ? result : [result]
  const files = outputs.flatMap((out) => ('output' in out ? out.output : []))
  const html = files.find((file) => file.fileName === 'index.html')
  const source = html?.type === 'asset' ? String(html.source) : ''
  // The scripts and module preloads of the built page (the server-rendered page is filled into it).
  const page = [
    ...source.matchAll(/<(?:script|link rel="modulepreload")[^>]* (?:src|href)="\/([^"]+\.js)"/g),
  ].map((match) => match[1] ?? '')
  const chunks = files.filter((file): file is Chunk => file.type === 'chunk')
  return { chunks: new Map(chunks.map((chunk) => [chunk.fileName, chunk])), page }
}

/** `from` and every chunk it imports statically, transitively. */
function withStaticImports(chunks: Map<string, Chunk>, from: Chunk[]): Chunk[] {
  const seen = new Map(from.map((chunk) => [chunk.fileName, chunk]))
  const queue = [...from]
  for (let chunk = queue.pop(); chunk; chunk = queue.pop()) {
    for (const name of chunk.imports) {
      const next = chunks.get(name)
      if (next && !seen.has(name)) {
        seen.set(name, next)
        queue.push(next)
      }
    }
  }
  return [...seen.values()]
}

const relative = (id: string) => path.relative(process.cwd(), id).split(path.sep).join('/')

/** What the first screen does not show: each loads on first use. */
const NOT_AT_START = [
  /^web\/locales\/[^/]+\/(later|ops-later)\.ts$/,
  /^web\/images\/export\/export-(formats|menu)\.ts/,
  /^web\/usage\/(usage-queries|usage-sections)\.tsx?$/,
  /^web\/images\/selection\/selection-bar\.tsx$/,
  /^web\/images\/compare\//,
  /^web\/images\/local-filters\/local-filter-popover\.tsx$/,
  /^web\/images\/filters\/(chip-popover|add-filter-menu)\.tsx$/,
  /^web\/images\/drawer\/(image-drawer\.tsx|image-facts\.ts)$/,
  /^web\/(summary|cleanup|changes)\//,
]

describe('the first load (the client build)', () => {
  it('is one chunk besides the runtime, and neither it nor what the first screen asks for holds a tool of later', async () => {
    const { chunks, page } = await buildChunks()
    const named = page.map((file) => chunks.get(file)).filter((chunk) => chunk !== undefined)
    expect(named).toHaveLength(page.length)
    const first = withStaticImports(chunks, named)
    expect(first.map((chunk) => chunk.name).sort()).toEqual(['index', 'rolldown-runtime'])
    // The lazy chunks the first screen renders at once: the language's words, the quota meter, the view's tools.
    const atStart = [...chunks.values()].filter((chunk) =>
      chunk.moduleIds.some((id) =>
        /web\/(locales\/(en|zh-CN)\/index\.ts|usage\/quota-meter\.tsx|images\/table\/view-tools\.tsx)$/.test(
          id,
        ),
      ),
    )
    expect(atStart.map((chunk) => chunk.name).sort()).toEqual(['en', 'quota-meter', 'view-tools', 'zh-CN'])
    const loaded = withStaticImports(chunks, [...first, ...atStart]).flatMap((chunk) => chunk.moduleIds)
    const early = loaded.map(relative).filter((id) => NOT_AT_START.some((pattern) => pattern.test(id)))
    expect(early).toEqual([])
    // The checks above see the modules they name.
    const all = [...chunks.values()].flatMap((chunk) => chunk.moduleIds.map(relative))
    for (const pattern of NOT_AT_START)
      expect(
        all.some((id) => pattern.test(id)),
        String(pattern),
      ).toBe(true)
  })
})
