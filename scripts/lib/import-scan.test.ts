import { describe, expect, it } from 'vitest'
import { scanImports } from './import-scan.js'

describe('scanImports', () => {
  it('finds every static, re-export, side-effect and dynamic import, at the line its statement starts', () => {
    const text = [
      "import a, { b,\n  c } from './multi.js'",
      'import type { T } from "../types.js"',
      "import './side-effect.css'",
      "export * from './all.js'",
      "export { d } from './d.js'",
      "const lazy = () => import('./lazy.js')",
    ].join('\n')
    expect(scanImports(text)).toEqual([
      { specifier: './multi.js', line: 1 },
      { specifier: '../types.js', line: 3 },
      { specifier: './side-effect.css', line: 4 },
      { specifier: './all.js', line: 5 },
      { specifier: './d.js', line: 6 },
      { specifier: './lazy.js', line: 7 },
    ])
  })

  it('reads nothing inside comments, strings, template literals or regular expressions', () => {
    const text = [
      "// import x from './line-comment.js'",
      "/* import y from './block-comment.js' */",
      `const s = "import z from './in-string.js'"`,
      "const t = `import q from './in-template.js'`",
      "const r = /'/g; import w from './after-regex.js'",
      "export const from = 'x'",
      "const half = total / 2; import v from './after-division.js'",
    ].join('\n')
    expect(scanImports(text)).toEqual([
      { specifier: './after-regex.js', line: 5 },
      { specifier: './after-division.js', line: 7 },
    ])
  })
})
