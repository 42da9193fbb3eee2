/** CPU time a process has used, from /proc (Linux): the cost of a run, whatever the machine's load. */
import { readFileSync } from 'node:fs'

const TICKS_PER_SECOND = 100

/** User plus system CPU milliseconds used so far by `pid`; NaN where /proc is unavailable. */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[11]) + Number(fields[12])
    return (ticks * 1000) / TICKS_PER_SECOND
  } catch {
    return Number.NaN
  }
}
