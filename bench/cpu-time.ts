/** What a process has used, from /proc (Linux): CPU time (the cost of a run, whatever the machine's load) and memory. */
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

/** Resident memory in MB now (VmRSS) and at its peak so far (VmHWM); NaN where /proc is unavailable. */
export function residentMb(pid: number): { rssMb: number; peakMb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (field: string) =>
      Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? Number.NaN)
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 }
  } catch {
    return { rssMb: Number.NaN, peakMb: Number.NaN }
  }
}
