import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Holds } from './holds.js'

const response = () => new ServerResponse(new IncomingMessage(new Socket()))

afterEach(() => {
  vi.useRealTimers()
})

describe('Holds', () => {
  it('lets a held request go after its delay', async () => {
    vi.useFakeTimers()
    const holds = new Holds()
    let done = false
    const held = holds.hold(response(), 1000).then(() => {
      done = true
    })
    await vi.advanceTimersByTimeAsync(999)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await held
    expect(done).toBe(true)
  })

  it('lets a hung request go as soon as the client goes away, leaving no listener behind', async () => {
    const holds = new Holds()
    const res = response()
    const held = holds.hold(res)
    expect(res.listenerCount('close')).toBe(1)
    res.emit('close')
    await held
    expect(res.listenerCount('close')).toBe(0)
  })

  it('lets every held request go when the server closes, and holds nothing afterwards', async () => {
    const holds = new Holds()
    const held = [holds.hold(response()), holds.hold(response(), 60_000)]
    holds.releaseAll()
    await Promise.all(held)
    expect(holds.closing).toBe(true)
    await holds.hold(response())
  })
})
