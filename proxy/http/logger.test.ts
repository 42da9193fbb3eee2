import { spawnSync } from 'node:child_process'
import { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { Secret } from '../config/secret.js'
import { createLogger, redactValues } from './logger.js'

const secret = 'SK-fake-logger-"quoted"-value'

function capture(level = 'info', pretty = false) {
  const lines: string[] = []
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk))
      done()
    },
  })
  const logger = createLogger({ level, secrets: () => [secret], destination, pretty })
  return { logger, lines }
}

describe('logger', () => {
  it('replaces a secret wherever it appears, raw or JSON-escaped', () => {
    const redact = redactValues([secret, ''])
    expect(redact(`a ${secret} b ${JSON.stringify(secret)}`)).toBe('a [redacted] b "[redacted]"')
  })

  it('writes JSON lines with the secret value gone from every field', () => {
    const { logger, lines } = capture()
    logger.info({ detail: `upstream said ${secret}`, nested: { deep: [secret] } }, `message ${secret}`)
    expect(lines).toHaveLength(1)
    expect(lines[0]).not.toContain('SK-fake-logger')
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      msg: 'message [redacted]',
      detail: 'upstream said [redacted]',
    })
  })

  it('redacts by path the fields that may hold credentials', () => {
    const { logger, lines } = capture()
    logger.info({
      headers: { authorization: 'Basic b3BzOnB3' },
      config: { secretKey: 'other', token: 'tok' },
    })
    const entry = JSON.parse(lines[0] ?? '')
    expect(entry.headers.authorization).toBe('[redacted]')
    expect(entry.config).toEqual({ secretKey: '[redacted]', token: '[redacted]' })
  })

  it('writes readable lines for a terminal, still without the secret', () => {
    const { logger, lines } = capture('info', true)
    logger.info(
      {
        method: 'GET',
        path: '/api/DescribeImages',
        status: 200,
        detail: secret,
        headers: { authorization: 'x' },
      },
      'request',
    )
    const text = lines.join('')
    expect(text).not.toMatch(/^\{/)
    expect(text).toMatch(/INFO.*request/)
    expect(text).toContain('/api/DescribeImages')
    expect(text).not.toContain('SK-fake-logger')
    expect(text).toContain('[redacted]')
  })

  it('prints a wrapped Secret as [redacted]', () => {
    const { logger, lines } = capture()
    logger.info({ key: new Secret('wrapped-value') })
    expect(lines[0]).toContain('"key":"[redacted]"')
    expect(lines[0]).not.toContain('wrapped-value')
  })
})

describe('logging to stdout', () => {
  /** Runs `body` in a fresh node with the logger on stdout and returns what reached stdout. */
  function stdoutOf(body: string): string[] {
    const logger = fileURLToPath(new URL('./logger.ts', import.meta.url))
    const script = `import { createLogger } from ${JSON.stringify(logger)}
const log = createLogger({ level: 'info', secrets: () => ['sk-stdout-secret'] })
${body}`
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    })
    expect(result.stderr).toBe('')
    return result.stdout.split('\n').filter((line) => line !== '')
  }

  it('writes the lines of a turn together, and every line before the process exits', () => {
    const lines = stdoutOf(`for (let i = 0; i < 2000; i++) log.info({ i, key: 'sk-stdout-secret' }, 'line')
process.exit(0)`)
    expect(lines).toHaveLength(2000)
    expect(lines.map((line) => JSON.parse(line).i)).toEqual([...Array(2000).keys()])
    expect(lines.join('\n')).not.toContain('sk-stdout-secret')
  })

  it('writes a line within its turn, before the next timer, without waiting for more', () => {
    // From an I/O callback the event loop runs the turn's end (setImmediate) before any timer.
    const lines = stdoutOf(`import { readFile } from 'node:fs'
readFile('/dev/null', () => {
  log.info('first')
  setTimeout(() => { process.stdout.write('timer\\n'); process.exit(0) }, 0)
})`)
    expect(lines.map((line) => (line.startsWith('{') ? JSON.parse(line).msg : line))).toEqual([
      'first',
      'timer',
    ])
  })
})
