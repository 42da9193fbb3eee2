// `npm run lint` (after `biome check .`): fails when an import points the wrong way between the project's
// folders (scripts/lib/import-rules.ts) or closes an import cycle, with one line per offending import.
// `tsx scripts/check-imports.ts [DIR]` checks another tree (the tests run it on fixtures).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { findCycles, ruleViolation } from './lib/import-rules.js'
import { scanImports } from './lib/import-scan.js'
import { ROOT } from './lib/paths.js'

const SOURCE = /\.(?:tsx?|mts|cts|jsx?|mjs|cjs)$/
const SKIPPED = new Set([
  'node_modules',
  'dist',
  'dist-server',
  'dist-ssr',
  'test-results',
  'playwright-report',
])

function sourceFiles(root: string, folder = ''): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const file = folder ? `${folder}/${entry.name}` : entry.name
    if (entry.isDirectory()) {
      return entry.name.startsWith('.') || SKIPPED.has(entry.name) ? [] : sourceFiles(root, file)
    }
    return SOURCE.test(entry.name) ? [file] : []
  })
}

const isFile = (root: string, file: string) =>
  existsSync(path.join(root, file)) && statSync(path.join(root, file)).isFile()

/**
 * The project file a relative specifier names: `.js` written for a `.ts`/`.tsx` source, no extension, or a
 * folder's index. Unresolved, the path it points at (still subject to the rules); null for a package.
 */
export function resolveImport(
  root: string,
  from: string,
  specifier: string,
): { file: string; exists: boolean } | null {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null
  const base = path.posix.normalize(
    path.posix.join(path.posix.dirname(from), specifier.replace(/[?#].*$/, '')),
  )
  if (base.startsWith('../')) return null
  const stem = base.replace(/\.(?:jsx?|mjs|cjs)$/, '')
  const candidates = [
    ...(stem === base ? [] : [`${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, `${stem}.cts`]),
    base,
    ...['.ts', '.tsx', '.js', '/index.ts', '/index.tsx', '/index.js'].map((ending) => `${base}${ending}`),
  ]
  const file = candidates.find((candidate) => isFile(root, candidate))
  return file ? { file, exists: true } : { file: base, exists: false }
}

/** Every offending import as `file:line: …`, rule breaks first, then one line per import cycle. */
export function checkImports(root: string): string[] {
  const problems: string[] = []
  const graph = new Map<string, string[]>()
  const lineOf = new Map<string, number>()
  for (const from of sourceFiles(root).sort()) {
    const targets: string[] = []
    for (const { specifier, line } of scanImports(readFileSync(path.join(root, from), 'utf8'))) {
      const target = resolveImport(root, from, specifier)
      if (!target) continue
      const reason = ruleViolation(from, target.file)
      if (reason) problems.push(`${from}:${line}: imports ${target.file}: ${reason}`)
      if (target.exists && SOURCE.test(target.file) && !targets.includes(target.file)) {
        targets.push(target.file)
        lineOf.set(`${from} ${target.file}`, line)
      }
    }
    graph.set(from, targets)
  }
  for (const cycle of findCycles(graph)) {
    const [first = '', second = ''] = cycle
    problems.push(`${first}:${lineOf.get(`${first} ${second}`)}: import cycle: ${cycle.join(' → ')}`)
  }
  return problems
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (isMain) {
  const root = path.resolve(process.argv[2] ?? ROOT)
  const problems = checkImports(root)
  for (const problem of problems) console.log(problem)
  if (problems.length > 0) {
    console.error(`check-imports: ${problems.length} import(s) point the wrong way or close a cycle`)
    process.exit(1)
  }
}
