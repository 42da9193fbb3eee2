/**
 * Test-only fault injection: added latency, and the next calls failing in a chosen way. The controller is plain
 * state; the server decides how each fault looks on the wire.
 */

export type Fault =
  | { kind: 'error'; code: string; message?: string }
  | { kind: 'http500' }
  | { kind: 'drop' }
  | { kind: 'hang' }
  | { kind: 'badJson' }

export interface FaultController {
  setLatency(ms: number): void
  /** The next `count` DescribeImages calls get `fault`; replaces any earlier pending faults. */
  failNext(count: number, fault: Fault): void
  /** These actions answer the permission error from now on, as EMULATOR_DENY's do; replaces an earlier list. */
  deny(actions: readonly string[]): void
  reset(): void
}

export interface FaultState extends FaultController {
  readonly latencyMs: number
  /** The fault for the call now arriving, if one is pending. */
  take(): Fault | undefined
  /** Whether a test denied this action. */
  denies(action: string): boolean
}

export function createFaults(): FaultState {
  let latencyMs = 0
  let pending: { fault: Fault; remaining: number } | undefined
  let denied = new Set<string>()
  return {
    get latencyMs() {
      return latencyMs
    },
    setLatency(ms) {
      latencyMs = Math.max(0, ms)
    },
    failNext(count, fault) {
      pending = count > 0 ? { fault, remaining: count } : undefined
    },
    deny(actions) {
      denied = new Set(actions)
    },
    denies(action) {
      return denied.has(action)
    },
    reset() {
      latencyMs = 0
      pending = undefined
      denied = new Set()
    },
    take() {
      if (!pending) return undefined
      const { fault } = pending
      pending.remaining -= 1
      if (pending.remaining === 0) pending = undefined
      return fault
    },
  }
}

export interface FaultCommand {
  latencyMs?: number
  next?: { count: number; fault: Fault }
  /** Action names to refuse with the permission error. */
  deny?: string[]
}

const isCount = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max

function parseFault(value: unknown): Fault | null {
  if (typeof value !== 'object' || value === null) return null
  const fault = value as Record<string, unknown>
  switch (fault.kind) {
    case 'error':
      if (typeof fault.code !== 'string' || fault.code === '') return null
      if (fault.message !== undefined && typeof fault.message !== 'string') return null
      return {
        kind: 'error',
        code: fault.code,
        ...(fault.message === undefined ? {} : { message: fault.message }),
      }
    case 'http500':
    case 'drop':
    case 'hang':
    case 'badJson':
      return { kind: fault.kind }
    default:
      return null
  }
}

/**
 * The body of `POST /__emulator/faults`: `{ "latencyMs"?: number, "next"?: { "count", "fault" },
 * "deny"?: ["DescribeInstances", …] }`.
 */
export function parseFaultCommand(body: unknown): FaultCommand | null {
  if (typeof body !== 'object' || body === null) return null
  const { latencyMs, next, deny } = body as Record<string, unknown>
  const command: FaultCommand = {}
  if (latencyMs !== undefined) {
    if (!isCount(latencyMs, 600_000)) return null
    command.latencyMs = latencyMs
  }
  if (next !== undefined) {
    const { count, fault } = (next ?? {}) as Record<string, unknown>
    const parsed = parseFault(fault)
    if (!isCount(count, 1_000_000) || !parsed) return null
    command.next = { count, fault: parsed }
  }
  if (deny !== undefined) {
    if (
      !Array.isArray(deny) ||
      !deny.every((name) => typeof name === 'string' && /^[A-Z]\w{0,63}$/.test(name))
    )
      return null
    command.deny = deny
  }
  return command
}

export function applyFaultCommand(faults: FaultController, command: FaultCommand): void {
  if (command.latencyMs !== undefined) faults.setLatency(command.latencyMs)
  if (command.next) faults.failNext(command.next.count, command.next.fault)
  if (command.deny) faults.deny(command.deny)
}
