/**
 * The proxy's pino logger: JSON lines, with secrets redacted twice over: by path (fields that may hold them)
 * and by value (any occurrence of a configured secret in a finished line, whatever field it hid in). On a
 * terminal the same lines, already redacted, are printed readably by pino-pretty.
 */
import pino, { type DestinationStream, type Logger } from 'pino'
import pretty from 'pino-pretty'

const REDACTED = '[redacted]'

const REDACT_PATHS = [
  'req.headers.authorization',
  'headers.authorization',
  'authorization',
  'secretKey',
  'token',
  'password',
  '*.secretKey',
  '*.token',
  '*.password',
  '*.Signature',
  'Signature',
]

export interface LoggerOptions {
  level: string
  /**
   * Secret values that must never reach a log line (secret key, session token, Basic auth password), asked
   * again for each line: temporary keys change while the process runs.
   */
  secrets: () => readonly string[]
  /** Where lines go; stdout when absent. */
  destination?: DestinationStream
  /**
   * Human-readable lines instead of JSON. Default: when they go to stdout and stdout is a terminal; a pipe, a
   * file, systemd's journal or a container's log keeps one JSON object per line.
   */
  pretty?: boolean
}

/** Replaces every occurrence of each secret, raw or JSON-escaped, with `[redacted]`. */
export function redactValues(secrets: readonly string[]): (line: string) => string {
  const forms = secrets
    .filter((secret) => secret !== '')
    .flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1)])
  const unique = [...new Set(forms)].sort((a, b) => b.length - a.length)
  return (line) => unique.reduce((text, form) => text.replaceAll(form, REDACTED), line)
}

/** redactValues for the secrets of the moment, rebuilt only when they change. */
function redactCurrentValues(secrets: () => readonly string[]): (line: string) => string {
  let known = ''
  let redact = redactValues([])
  return (line) => {
    const current = secrets()
    const key = current.join('\n')
    if (key !== known) {
      known = key
      redact = redactValues(current)
    }
    return redact(line)
  }
}

let stdout: DestinationStream | undefined

/**
 * stdout, written once per turn of the event loop instead of once per line: under load many requests end in
 * the same turn, and the write system call was most of what a log line cost (bench, docs/BENCHMARKS.md).
 * Lines still leave in the turn that made them, and whatever is pending is written before the process exits.
 * pino's own destination does the writing (partial writes, EAGAIN, a closed pipe). One per process: it owns
 * file descriptor 1 and one exit listener.
 */
function batchedStdout(): DestinationStream {
  if (stdout) return stdout
  const stream = pino.destination({ dest: 1, sync: true })
  let pending = ''
  const flush = () => {
    const lines = pending
    pending = ''
    if (lines !== '') stream.write(lines)
  }
  process.once('exit', flush)
  stdout = {
    write(line: string) {
      if (pending === '') setImmediate(flush)
      pending += line
    },
  }
  return stdout
}

/** A request's own fields, read into its message; the rest follow on the same line. */
const REQUEST_FIELDS = 'method,path,status,durationMs'

/**
 * One readable line per request, `12:00:01.234 INFO: request GET /api/DescribeImages 200 22 ms {…}`; an
 * error's stack follows its line.
 */
function readable(destination: DestinationStream | number): DestinationStream {
  return pretty({
    destination,
    sync: true,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss.l',
    messageFormat: '{msg}{if method} {method} {path} {status} {durationMs} ms{end}',
    ignore: `pid,hostname,${REQUEST_FIELDS}`,
  })
}

function destinationOf(options: LoggerOptions): DestinationStream {
  const toTerminal = options.pretty ?? (options.destination === undefined && process.stdout.isTTY === true)
  if (toTerminal) return readable(options.destination ?? 1)
  return options.destination ?? batchedStdout()
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      // Runs on the finished JSON line, before pino-pretty sees it: redaction holds in both forms.
      hooks: { streamWrite: redactCurrentValues(options.secrets) },
    },
    destinationOf(options),
  )
}
