import { describe, expect, it } from 'vitest'
import { Secret } from '../config/secret.js'
import { createLogger, redactValues } from './logger.js'

const secret = 'SK-fake-logger-"quoted"-value'

function capture(level = 'info') {
  const lines: string[] = []
  const logger = createLogger({
    level,
    secrets: () => [secret],
    destination: { write: (line) => lines.push(line) },
  })
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

  it('prints a wrapped Secret as [redacted]', () => {
    const { logger, lines } = capture()
    logger.info({ key: new Secret('wrapped-value') })
    expect(lines[0]).toContain('"key":"[redacted]"')
    expect(lines[0]).not.toContain('wrapped-value')
  })
})
