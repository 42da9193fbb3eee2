// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { holdShortcuts, releaseShortcuts } from './early-shortcuts'

const press = (key: string, target: EventTarget = document.body) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
  target.dispatchEvent(event)
  return event
}

afterEach(() => releaseShortcuts(false))

describe('shortcuts pressed before the tools arrive', () => {
  it('are held, and pressed again in order once released; other keys go on', async () => {
    holdShortcuts()
    expect(press('j').defaultPrevented).toBe(true)
    expect(press('?').defaultPrevented).toBe(true)
    expect(press('Tab').defaultPrevented).toBe(false)
    const input = document.body.appendChild(document.createElement('input'))
    expect(press('j', input).defaultPrevented).toBe(false)
    input.remove()

    const seen: string[] = []
    window.addEventListener('keydown', (event) => seen.push(event.key))
    releaseShortcuts(true)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(seen).toEqual(['j', '?'])
    // Released: nothing is held any more.
    expect(press('j').defaultPrevented).toBe(false)
  })

  it('drops what was held when the bar goes before the tools come', () => {
    holdShortcuts()
    press('k')
    const seen: string[] = []
    window.addEventListener('keydown', (event) => seen.push(event.key))
    releaseShortcuts(false)
    expect(seen).toEqual([])
  })
})
