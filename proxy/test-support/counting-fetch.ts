/** Real `fetch` (to the emulator over real HTTP), with a count of the calls: how many reached the upstream. */
export interface CountingFetch {
  /** Pass as the app's `fetch` dependency. */
  fetch: typeof fetch
  /** Calls since the start or the last reset. */
  readonly calls: number
  reset(): void
}

export function countingFetch(): CountingFetch {
  let calls = 0
  return {
    fetch: (input, init) => {
      calls++
      return fetch(input, init)
    },
    get calls() {
      return calls
    },
    reset() {
      calls = 0
    },
  }
}
