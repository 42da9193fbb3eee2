import { describe, expect, it } from 'vitest'
import { createRecordStore } from './session-store.js'

function store() {
  let clock = 1_000_000
  const records = createRecordStore(null, () => clock, 100)
  return { records, pass: (ms: number) => (clock += ms) }
}

describe('createRecordStore in memory', () => {
  it('keeps a record for its time, and no longer', async () => {
    const { records, pass } = store()
    await records.set('session', 'id-1', { user: 'alice' }, 60_000)
    expect(await records.get('session', 'id-1')).toEqual({ user: 'alice' })
    pass(59_999)
    expect(await records.get('session', 'id-1')).toEqual({ user: 'alice' })
    pass(1)
    expect(await records.get('session', 'id-1')).toBeNull()
  })

  it('gives a taken record once', async () => {
    const { records } = store()
    await records.set('sign-in', 'state', { nonce: 'n' }, 60_000)
    expect(await records.take('sign-in', 'state')).toEqual({ nonce: 'n' })
    expect(await records.take('sign-in', 'state')).toBeNull()
  })

  it('keeps kinds apart, and forgets a deleted record', async () => {
    const { records } = store()
    await records.set('session', 'same-id', 1, 60_000)
    expect(await records.get('sign-in', 'same-id')).toBeNull()
    await records.delete('session', 'same-id')
    expect(await records.get('session', 'same-id')).toBeNull()
  })

  it('lets a flood of sign-ins push out old sign-ins, never sessions', async () => {
    const { records } = store()
    await records.set('session', 'alice', { user: 'alice' }, 60_000)
    await records.set('sign-in', 'first', 1, 60_000)
    for (let i = 0; i < 100; i++) await records.set('sign-in', `flood-${i}`, 1, 60_000)
    expect(await records.get('sign-in', 'first')).toBeNull()
    expect(await records.get('sign-in', 'flood-99')).toBe(1)
    expect(await records.get('session', 'alice')).toEqual({ user: 'alice' })
  })
})
