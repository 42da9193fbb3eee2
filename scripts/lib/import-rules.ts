/**
 * Which way imports may point (README, "Architecture"): web → core, proxy → core, emulator → core; the
 * proxy reaches the emulator only in proxy/demo.ts; web/ui and web/lib import no feature. Paths are relative
 * to the project root, with forward slashes. Pure.
 */

const under = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`)

/** Test files and test support are free to start the emulator next to the proxy. */
export const isTestFile = (file: string) => /\.test\.tsx?$/.test(file) || /(^|\/)test-support\//.test(file)

/** The web folders that are not feature folders beside web/images. */
const WEB_BASE = [
  'web/app',
  'web/images',
  'web/lib',
  'web/ui',
  'web/locales',
  'web/server',
  'web/test-support',
]

/** A feature folder beside web/images (web/usage, web/cleanup, …), which sees web/images through one surface. */
const isFeatureBeside = (file: string) =>
  under(file, 'web') && file.includes('/', 4) && !WEB_BASE.some((folder) => under(file, folder))

const RULES: { applies: (from: string, to: string) => boolean; reason: string }[] = [
  {
    applies: (from, to) => under(from, 'core') && !under(to, 'core'),
    reason: 'core/ imports nothing of the project outside core/',
  },
  {
    applies: (from, to) => under(from, 'emulator') && (under(to, 'proxy') || under(to, 'web')),
    reason: 'the emulator imports neither the proxy nor the web',
  },
  {
    applies: (from, to) => under(from, 'web') && (under(to, 'proxy') || under(to, 'emulator')),
    reason: 'the web imports neither the proxy nor the emulator',
  },
  {
    applies: (from, to) =>
      (under(from, 'web/ui') || under(from, 'web/lib')) &&
      under(to, 'web') &&
      !under(to, 'web/ui') &&
      !under(to, 'web/lib'),
    reason: 'web/ui and web/lib import no feature folder',
  },
  {
    applies: (from, to) =>
      isFeatureBeside(from) && under(to, 'web/images') && to !== 'web/images/public.ts' && !isTestFile(from),
    reason: 'a feature folder beside web/images imports it only through web/images/public.ts',
  },
  {
    applies: (from, to) =>
      under(from, 'proxy') && under(to, 'emulator') && from !== 'proxy/demo.ts' && !isTestFile(from),
    reason: 'only proxy/demo.ts reaches the emulator',
  },
]

/** Why `from` may not import `to`, or null when it may. */
export function ruleViolation(from: string, to: string): string | null {
  return RULES.find((rule) => rule.applies(from, to))?.reason ?? null
}

/**
 * The import cycles of a graph (file → files it imports), as [a, b, …, a]: in each group of files that
 * reach each other, the shortest cycle through each file, each cycle once, starting at its first file by name.
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles = new Map<string, string[]>()
  for (const group of stronglyConnected(graph)) {
    const [only] = group
    if (group.size === 1 && !graph.get(only as string)?.includes(only as string)) continue
    for (const file of group) {
      const cycle = rotateToFirst(shortestCycle(graph, file, group))
      cycles.set(cycle.join(' '), cycle)
    }
  }
  return [...cycles.values()].sort((a, b) => a.join(' ').localeCompare(b.join(' ')))
}

function rotateToFirst(cycle: string[]): string[] {
  const ring = cycle.slice(0, -1)
  const first = ring.indexOf([...ring].sort()[0] as string)
  const rotated = [...ring.slice(first), ...ring.slice(0, first)]
  return [...rotated, rotated[0] as string]
}

/** Tarjan's algorithm, iterative: groups of files that all reach each other. */
function stronglyConnected(graph: ReadonlyMap<string, readonly string[]>): Set<string>[] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const groups: Set<string>[] = []
  for (const root of graph.keys()) {
    if (index.has(root)) continue
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }]
    index.set(root, index.size)
    low.set(root, index.get(root) as number)
    stack.push(root)
    onStack.add(root)
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: number }
      const edges = graph.get(frame.node) ?? []
      if (frame.next < edges.length) {
        const target = edges[frame.next++] as string
        if (!index.has(target)) {
          index.set(target, index.size)
          low.set(target, index.get(target) as number)
          stack.push(target)
          onStack.add(target)
          work.push({ node: target, next: 0 })
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(target) as number))
        }
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent)
        low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number))
      if (low.get(frame.node) === index.get(frame.node)) {
        const group = new Set<string>()
        let member: string | undefined
        do {
          member = stack.pop() as string
          onStack.delete(member)
          group.add(member)
        } while (member !== frame.node)
        groups.push(group)
      }
    }
  }
  return groups
}

/** Breadth-first from `start` back to itself, staying inside `group`. */
function shortestCycle(
  graph: ReadonlyMap<string, readonly string[]>,
  start: string,
  group: Set<string>,
): string[] {
  const cameFrom = new Map<string, string>()
  const queue = [start]
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as string
    for (const target of graph.get(node) ?? []) {
      if (target === start) {
        const path = [node]
        while (path[0] !== start) path.unshift(cameFrom.get(path[0] as string) as string)
        return [...path, start]
      }
      if (group.has(target) && !cameFrom.has(target)) {
        cameFrom.set(target, node)
        queue.push(target)
      }
    }
  }
  return [start, start]
}
