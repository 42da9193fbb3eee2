import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkImports } from './check-imports.js'

const trees: string[] = []
afterAll(() => {
  for (const root of trees) rmSync(root, { recursive: true, force: true })
})

/** A project tree in a fresh folder (removed after the file's tests): path → source. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'check-imports-'))
  trees.push(root)
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
  return root
}

const GOOD = {
  'core/sign.ts': "import { createHmac } from 'node:crypto'\nexport const sign = createHmac\n",
  'core/index.ts': "export * from './sign.js'\n",
  'emulator/server.ts': "import { sign } from '../core/sign.js'\nexport const start = sign\n",
  'proxy/demo.ts': "import { start } from '../emulator/server.js'\nexport const demo = start\n",
  'proxy/app.ts': "import { sign } from '../core'\nimport { demo } from './demo.js'\nexport { sign, demo }\n",
  'proxy/app.test.ts': "import { start } from '../emulator/server.js'\nexport const s = start\n",
  'proxy/test-support/harness.ts': "import { start } from '../../emulator/server.js'\nexport { start }\n",
  'web/ui/button.tsx': "import { cn } from '../lib/cn.js'\nexport const Button = cn\n",
  'web/lib/cn.ts': 'export const cn = 1\n',
  'web/images/table.tsx':
    "import { Button } from '../ui/button.js'\nimport { sign } from '../../core/sign.js'\nexport { Button, sign }\n",
  'web/images/public.ts': "export { Button } from './table.js'\n",
  'web/usage/panel.tsx': "import { Button } from '../images/public.js'\nexport const Panel = Button\n",
}

describe('check-imports', () => {
  it('passes a tree whose imports all point the right way', () => {
    expect(checkImports(tree(GOOD))).toEqual([])
  })

  it.each([
    [
      'core/x.ts',
      "import { app } from '../proxy/app.js'",
      'proxy/app.ts',
      'core/ imports nothing of the project',
    ],
    ['core/x.ts', "import type { T } from '../web/lib/cn'", 'web/lib/cn.ts', 'core/ imports nothing'],
    [
      'emulator/x.ts',
      "import { app } from '../proxy/app.js'",
      'proxy/app.ts',
      'the emulator imports neither',
    ],
    [
      'emulator/x.ts',
      "export { cn } from '../web/lib/cn.js'",
      'web/lib/cn.ts',
      'the emulator imports neither',
    ],
    ['web/x.ts', "import { app } from '../proxy/app.js'", 'proxy/app.ts', 'the web imports neither'],
    [
      'web/x.ts',
      "const s = () => import('../emulator/server.js')",
      'emulator/server.ts',
      'the web imports neither',
    ],
    [
      'web/ui/x.tsx',
      "import { T } from '../images/table.js'",
      'web/images/table.tsx',
      'web/ui and web/lib import no feature folder',
    ],
    [
      'web/lib/x.ts',
      "import { A } from '../app/shell.js'",
      'web/app/shell.js',
      'web/ui and web/lib import no feature folder',
    ],
    [
      'web/usage/x.ts',
      "import { T } from '../images/table.js'",
      'web/images/table.tsx',
      'a feature folder beside web/images imports it only through web/images/public.ts',
    ],
    [
      'proxy/config.ts',
      "import { start } from '../emulator/server.js'",
      'emulator/server.ts',
      'only proxy/demo.ts',
    ],
  ])('reports %s importing %s, at its line', (file, statement, target, reason) => {
    const problems = checkImports(tree({ ...GOOD, [file]: `// first line\n${statement}\n` }))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(new RegExp(`^${file}:2: imports ${target}: ${reason}`))
  })

  it('resolves .js to .tsx, a folder to its index, and a bare name to .ts', () => {
    const problems = checkImports(
      tree({
        'core/a.ts': "import { T } from '../web/images/table.js'\nimport '../proxy'\nimport '../proxy/app'\n",
        'web/images/table.tsx': 'export const T = 1\n',
        'proxy/index.ts': 'export {}\n',
        'proxy/app.ts': 'export {}\n',
      }),
    )
    expect(problems.map((problem) => problem.split(': ')[1])).toEqual([
      'imports web/images/table.tsx',
      'imports proxy/index.ts',
      'imports proxy/app.ts',
    ])
  })

  it('reads no import in a comment or a string, and none of a package', () => {
    const text =
      "// import a from '../proxy/app.js'\nconst s = \"import b from '../proxy/app.js'\"\nimport 'fastify'\n"
    expect(checkImports(tree({ ...GOOD, 'core/x.ts': text }))).toEqual([])
  })

  it('reports each import cycle once, type-only imports included, with the line of its first import', () => {
    const problems = checkImports(
      tree({
        'proxy/upstream.ts':
          "import { legacy } from './legacy.js'\nimport { v3 } from './v3.js'\nexport type U = 1\n",
        'proxy/legacy.ts': "import type { U } from './upstream.js'\nexport const legacy = 1\n",
        'proxy/v3.ts': "\nimport type { U } from './upstream.js'\nexport const v3 = 1\n",
        'web/a.ts': "import { b } from './b.js'\nexport const a = 1\n",
        'web/b.ts': "import { c } from './c.js'\nexport const b = 1\n",
        'web/c.ts': "import { a } from './a.js'\nexport const c = 1\n",
        'web/d.ts': "import { a } from './a.js'\nexport const d = 1\n",
      }),
    )
    expect(problems).toEqual([
      'proxy/legacy.ts:1: import cycle: proxy/legacy.ts → proxy/upstream.ts → proxy/legacy.ts',
      'proxy/upstream.ts:2: import cycle: proxy/upstream.ts → proxy/v3.ts → proxy/upstream.ts',
      'web/a.ts:1: import cycle: web/a.ts → web/b.ts → web/c.ts → web/a.ts',
    ])
  })

  it('exits 1 with one line per offending import, and 0 on a clean tree', () => {
    const run = (root: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-imports.ts', root], { encoding: 'utf8' })
    const bad = run(tree({ ...GOOD, 'core/x.ts': "import '../proxy/app.js'\n" }))
    expect(bad.status).toBe(1)
    expect(bad.stdout).toBe(
      'core/x.ts:1: imports proxy/app.ts: core/ imports nothing of the project outside core/\n',
    )
    expect(run(tree(GOOD)).status).toBe(0)
  }, 30_000) // two child processes that load tsx: seconds each on a busy machine
})
