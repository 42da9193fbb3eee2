/**
 * One chunk for everything the page's entry imports statically (the first load), and one for each language's
 * first-screen words, instead of the dozen small chunks Rolldown makes of the modules the entry shares with lazy
 * chunks: each file is gzipped alone, so small files cost bytes (and requests). Lazy chunks import what they
 * share from these; what only they use stays theirs.
 */

/** What the bundler knows of a module (Rolldown's ModuleInfo, the fields used here). */
export interface ModuleNode {
  isEntry: boolean
  importedIds: readonly string[]
}

/** The modules reached from `entry` by static imports only, the entry included. */
export function staticClosure(entry: string, info: (id: string) => ModuleNode | null): Set<string> {
  const reached = new Set<string>([entry])
  const queue = [entry]
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const next of info(id)?.importedIds ?? []) {
      if (reached.has(next)) continue
      reached.add(next)
      queue.push(next)
    }
  }
  return reached
}

/**
 * A Rolldown `codeSplitting` group name function: for a module, the name of the first of `roots` whose static
 * closure holds it; null for the rest (left to the automatic chunking). The closures are computed at the first
 * call of a build (the module graph is complete by then); `vite build --watch` would keep the first build's.
 */
export function staticGroups(roots: readonly { name: string; entry: string }[]) {
  let closures: { name: string; modules: Set<string> }[] | null = null
  return (id: string, ctx: { getModuleInfo: (id: string) => ModuleNode | null }): string | null => {
    closures ??= roots.map(({ name, entry }) => ({
      name,
      modules: staticClosure(entry, (module) => ctx.getModuleInfo(module)),
    }))
    return closures.find((closure) => closure.modules.has(id))?.name ?? null
  }
}
