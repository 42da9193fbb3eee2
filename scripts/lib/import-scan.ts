/** The module specifiers a TypeScript or JavaScript file imports, with their lines. Pure, text only. */

export interface ImportRef {
  specifier: string
  line: number
}

// `import x from '…'`, `import type { X } from '…'`, `import '…'`, `export * from '…'`, `export { a } from '…'`
const STATIC = /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s*)?(['"])(_*)\1/dg
const DYNAMIC = /\bimport\s*\(\s*(['"])(_*)\1\s*\)/dg

function skipQuoted(text: string, start: number, quote: string): number {
  let i = start + 1
  while (i < text.length && text[i] !== quote) {
    if (text[i] === '\\') i++
    else if (text[i] === '\n' && quote !== '`') return i
    i++
  }
  return i + 1
}

function skipComment(text: string, start: number): number {
  if (text[start + 1] === '/') {
    const end = text.indexOf('\n', start)
    return end === -1 ? text.length : end
  }
  const end = text.indexOf('*/', start + 2)
  return end === -1 ? text.length : end + 2
}

/** The end of a regular expression literal starting at `start`, its class brackets and escapes honoured. */
function skipRegex(text: string, start: number): number {
  let inClass = false
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i]
    if (char === '\\') i++
    else if (char === '\n') return i
    else if (char === '[') inClass = true
    else if (char === ']') inClass = false
    else if (char === '/' && !inClass) return i + 1
  }
  return text.length
}

/** A `/` starts a regular expression where a value is expected, not a division. */
function startsRegex(masked: string): boolean {
  let last = masked.length - 1
  while (last >= 0 && /\s/.test(masked[last] as string)) last--
  const before = masked.slice(Math.max(0, last - 7), last + 1)
  return before === '' || /[(,=:[!&|?{};+\-*%<>~^]$/.test(before) || /\b(?:return|typeof|case)$/.test(before)
}

/**
 * The text with comments blanked and every string's content replaced by `_` (newlines kept), so offsets and
 * lines stay those of the source and nothing inside a string or a comment reads as an import. Template
 * literals are blanked whole, `${}` included: no import is written inside one.
 */
export function maskSource(text: string): string {
  let masked = ''
  let i = 0
  while (i < text.length) {
    const char = text[i] as string
    const isComment = char === '/' && (text[i + 1] === '/' || text[i + 1] === '*')
    if (char === '/' && !isComment && startsRegex(masked)) {
      const end = skipRegex(text, i)
      masked += text.slice(i, end).replace(/['"`]/g, '_')
      i = end
      continue
    }
    if (!isComment && char !== "'" && char !== '"' && char !== '`') {
      masked += char
      i++
      continue
    }
    const end = isComment ? skipComment(text, i) : skipQuoted(text, i, char)
    const piece = text.slice(i, end)
    if (isComment) {
      masked += piece.replace(/[^\n]/g, ' ')
    } else {
      const closed = piece.length > 1 && piece.endsWith(char)
      masked += `${char}${piece.slice(1, closed ? -1 : undefined).replace(/[^\n]/g, '_')}${closed ? char : ''}`
    }
    i = end
  }
  return masked
}

export function scanImports(text: string): ImportRef[] {
  const masked = maskSource(text)
  const refs: ImportRef[] = []
  for (const pattern of [STATIC, DYNAMIC]) {
    for (const match of masked.matchAll(pattern)) {
      const [start, end] = match.indices?.[2] ?? [0, 0]
      const line = masked.slice(0, match.index).split('\n').length
      refs.push({ specifier: text.slice(start, end), line })
    }
  }
  return refs.sort((a, b) => a.line - b.line)
}
