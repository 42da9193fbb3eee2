// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Chip } from './chip'

afterEach(cleanup)

function renderChip(props: { removeHref?: string; disabled?: boolean } = {}) {
  const onRemove = vi.fn()
  render(
    <Chip label="Type: Custom" removeLabel="Remove filter Type: Custom" onRemove={onRemove} {...props} />,
  )
  return onRemove
}

describe('Chip', () => {
  it('removes by a link to the view without it, which a plain click follows in the page', () => {
    const onRemove = renderChip({ removeHref: '?page=1' })
    const remove = screen.getByRole('link', { name: 'Remove filter Type: Custom' })
    expect(remove.getAttribute('href')).toBe('?page=1')
    const plain = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    remove.dispatchEvent(plain)
    expect(plain.defaultPrevented).toBe(true)
    expect(onRemove).toHaveBeenCalledTimes(1)
  })

  it('leaves a click meant for a new tab to the browser', () => {
    const onRemove = renderChip({ removeHref: '?page=1' })
    fireEvent.click(screen.getByRole('link', { name: 'Remove filter Type: Custom' }), { ctrlKey: true })
    expect(onRemove).not.toHaveBeenCalled()
  })

  it('is a disabled button, not a link, while it cannot be removed', () => {
    renderChip({ removeHref: '?page=1', disabled: true })
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Remove filter Type: Custom' }).disabled,
    ).toBe(true)
    expect(screen.queryByRole('link')).toBeNull()
  })
})
