/** Builds what is stale once, before the workers start their apps from the compiled entries. */
import { buildIfStale } from '../../scripts/lib/builds'

export default function globalSetup(): void {
  for (const build of ['web', 'ssr', 'server'] as const) {
    if (!buildIfStale(build)) throw new Error(`the ${build} build failed; see its output above`)
  }
}
