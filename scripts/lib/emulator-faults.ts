/** The emulator's test-only fault control (`--test-faults` / EMULATOR_TEST_FAULTS=1). */

/** Sets the emulator's faults (`{ next: { count, fault } }`, `{ latencyMs }`); throws unless it took them. */
export async function setFaults(faultsUrl: string | null, faults: object): Promise<void> {
  if (!faultsUrl) throw new Error('this server has no fault control: start it with `faults: true`')
  const response = await fetch(faultsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  })
  if (response.status !== 204) throw new Error(`the emulator refused the faults: HTTP ${response.status}`)
}

export async function clearFaults(faultsUrl: string | null): Promise<void> {
  if (!faultsUrl) return
  const response = await fetch(faultsUrl, { method: 'DELETE' })
  if (!response.ok) throw new Error(`the emulator did not clear its faults: HTTP ${response.status}`)
}
