import type { ServerResponse } from 'node:http'

/**
 * Requests the emulator is deliberately holding (added latency, a 'hang' fault). Each ends on its timer, when
 * the client goes away, or when the server closes, so nothing outlives the emulator.
 */
export class Holds {
  private readonly active = new Set<() => void>()
  private closingNow = false

  get closing(): boolean {
    return this.closingNow
  }

  /** Resolves after `ms` (never, if undefined), or as soon as the client leaves or the server closes. */
  hold(response: ServerResponse, ms?: number): Promise<void> {
    if (this.closingNow) return Promise.resolve()
    return new Promise((resolve) => {
      const release = () => {
        clearTimeout(timer)
        response.off('close', release)
        this.active.delete(release)
        resolve()
      }
      const timer = ms === undefined ? undefined : setTimeout(release, ms)
      response.on('close', release)
      this.active.add(release)
    })
  }

  releaseAll(): void {
    this.closingNow = true
    for (const release of [...this.active]) release()
  }
}
