/**
 * Where audit lines go: the request log (as `audit` on a line of its own), and appended to AUDIT_LOG when it
 * is set. The file's lines pass the same redaction by value as the log's.
 */
import { createWriteStream, type WriteStream } from 'node:fs'
import type { FastifyBaseLogger } from 'fastify'
import { redactValues } from '../http/logger.js'
import type { AuditLine } from './audit-line.js'

export interface AuditTrail {
  record(line: AuditLine): void
  close(): Promise<void>
}

export interface AuditTrailOptions {
  log: FastifyBaseLogger
  file: string | null
  secrets: () => readonly string[]
}

export function createAuditTrail({ log, file, secrets }: AuditTrailOptions): AuditTrail {
  let stream: WriteStream | null = null
  if (file) {
    stream = createWriteStream(file, { flags: 'a', mode: 0o600 })
    // A full disk must not stop the proxy: the request log still has every line.
    stream.on('error', (error: NodeJS.ErrnoException) =>
      log.error({ code: error.code }, 'cannot append to AUDIT_LOG'),
    )
  }
  return {
    record(line) {
      log.info({ audit: line }, 'audit')
      stream?.write(`${redactValues(secrets())(JSON.stringify(line))}\n`)
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (!stream) return resolve()
        stream.end(resolve)
      }),
  }
}
