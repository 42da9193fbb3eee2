// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { inChinese, renderWithUser } from '../../test-support/components'
import { ChipEditor } from './chip-editor'
import ChipPopover from './chip-popover'
import { type ChipId, type FilterValues, NO_FILTERS } from './filter-chips'

function renderEditor(chip: ChipId, filters: FilterValues = NO_FILTERS) {
  const onApply = vi.fn<(filters: FilterValues) => void>()
  return { ...renderWithUser(<ChipEditor chip={chip} filters={filters} onApply={onApply} />), onApply }
}

const box = (name: string) => screen.getByRole<HTMLInputElement>('textbox', { name })
const button = (name: string) => screen.getByRole('button', { name })
const listed = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((item) => item.textContent)
/** What a control says it does: the text of the element its aria-describedby points at. */
const description = (element: HTMLElement) =>
  document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent

describe('ChipEditor', () => {
  it('adds each typed value on Enter, empties the box, and applies them all', async () => {
    const { user, onApply } = renderEditor('name')
    await user.type(box('Name value'), 'web{Enter}')
    expect(box('Name value').value).toBe('')
    await user.type(box('Name value'), ' api {Enter}')
    expect(listed('Name values')).toEqual(['web', 'api'])
    expect(onApply).not.toHaveBeenCalled()

    await user.click(button('Apply'))
    expect(onApply).toHaveBeenCalledOnce()
    expect(onApply.mock.calls[0]?.[0].name).toEqual(['web', 'api'])
  })

  it('applies what is still typed in the box, as if Enter had added it', async () => {
    const { user, onApply } = renderEditor('platform', { ...NO_FILTERS, platform: ['CentOS'] })
    await user.type(box('Platform value'), 'Ubuntu')
    await user.click(button('Apply'))
    expect(onApply.mock.calls[0]?.[0].platform).toEqual(['CentOS', 'Ubuntu'])
  })

  it('removes a value with its own button', async () => {
    const { user, onApply } = renderEditor('name', { ...NO_FILTERS, name: ['web', 'api'] })
    await user.click(button('Remove value web'))
    expect(listed('Name values')).toEqual(['api'])
    await user.click(button('Apply'))
    expect(onApply.mock.calls[0]?.[0].name).toEqual(['api'])
  })

  it('refuses a value that is not an image ID, says why, and keeps what was typed', async () => {
    const { user, onApply } = renderEditor('id')
    await user.type(box('Image ID value'), 'not-an-id{Enter}')
    expect(screen.getByRole('alert').textContent).toBe('Image IDs look like img-pmqg1cw7.')
    expect(box('Image ID value').value).toBe('not-an-id')
    expect(description(box('Image ID value'))).toBe('Image IDs look like img-pmqg1cw7.')
    expect(screen.queryByRole('list')).toBeNull()

    await user.click(button('Apply'))
    expect(onApply).not.toHaveBeenCalled()
    expect(screen.getByRole('alert')).toBeTruthy()
  })

  it('refuses a sixth value with the limit explained, and applies the five', async () => {
    const { user, onApply } = renderEditor('name', { ...NO_FILTERS, name: ['a', 'b', 'c', 'd', 'e'] })
    await user.type(box('Name value'), 'f{Enter}')
    expect(screen.getByRole('alert').textContent).toBe(
      'A filter takes at most 5 values (DescribeImages limit).',
    )
    expect(listed('Name values')).toEqual(['a', 'b', 'c', 'd', 'e'])
    await user.click(button('Apply'))
    expect(onApply).not.toHaveBeenCalled()

    await user.clear(box('Name value'))
    await user.click(button('Apply'))
    expect(onApply.mock.calls[0]?.[0].name).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('works from the keyboard alone: Enter adds a value, Enter on an empty box applies', async () => {
    const { user, onApply } = renderEditor('platform')
    box('Platform value').focus()
    await user.keyboard('CentOS{Enter}')
    expect(onApply).not.toHaveBeenCalled()
    await user.keyboard('{Enter}')
    expect(onApply.mock.calls[0]?.[0].platform).toEqual(['CentOS'])
  })

  it('picks image types with checkboxes, by keyboard too', async () => {
    const { user, onApply } = renderEditor('type', { ...NO_FILTERS, type: ['PRIVATE_IMAGE'] })
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Custom' }).checked).toBe(true)
    screen.getByRole('checkbox', { name: 'Shared' }).focus()
    await user.keyboard(' ')
    await user.click(screen.getByRole('checkbox', { name: 'Custom' }))
    await user.click(button('Apply'))
    expect(onApply.mock.calls[0]?.[0].type).toEqual(['SHARED_IMAGE'])
  })

  it('offers a further Name term either way, each saying what it does to the list', async () => {
    const { user, onApply } = renderEditor('name', { ...NO_FILTERS, name: ['mysql'] })
    await user.type(box('Name value'), 'prod')
    expect(description(button('Add to this filter'))).toBe('Name: mysql or prod — widens the list')
    expect(description(button('Add as a separate Name filter'))).toBe(
      'Name: mysql and Name: prod — narrows the list',
    )
    await user.click(button('Add as a separate Name filter'))
    const applied = onApply.mock.calls[0]?.[0]
    expect(applied?.name).toEqual(['mysql'])
    expect(applied?.moreNames).toEqual([['prod']])
  })

  it('speaks Chinese, refusals included', async () => {
    inChinese()
    const { user } = renderEditor('id')
    await user.type(box('要添加的镜像 ID'), 'not-an-id{Enter}')
    expect(screen.getByRole('alert').textContent).toBe('镜像 ID 形如 img-pmqg1cw7。')
    expect(button('应用')).toBeTruthy()
  })
})

/** The chip and its editor as the filter bar has them: the chip opens the editor, Apply closes it. */
function ChipWithEditor({
  chip = 'platform',
  onApply,
}: {
  chip?: ChipId
  onApply: (filters: FilterValues) => void
}) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <h1>Images</h1>
      <ChipPopover
        chip={chip}
        filters={NO_FILTERS}
        open={open}
        onOpenChange={setOpen}
        onApply={(filters) => {
          setOpen(false)
          onApply(filters)
        }}
        trigger={<button type="button">Chip</button>}
      />
    </>
  )
}

describe('the chip editor in its popover', () => {
  it('opens from its chip, named for the chip, and Escape closes it, the values added not applied', async () => {
    const onApply = vi.fn()
    const { user } = renderWithUser(<ChipWithEditor onApply={onApply} />)
    await user.click(button('Chip'))
    const editor = screen.getByRole('dialog', { name: 'Edit filter Platform' })
    await user.type(within(editor).getByRole('textbox', { name: 'Platform value' }), 'Ubuntu{Enter}')
    expect(listed('Platform values')).toEqual(['Ubuntu'])
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(onApply).not.toHaveBeenCalled()
  })

  it('closes on Apply with the values applied', async () => {
    const onApply = vi.fn()
    const { user } = renderWithUser(<ChipWithEditor onApply={onApply} />)
    await user.click(button('Chip'))
    await user.type(screen.getByRole('textbox', { name: 'Platform value' }), 'Ubuntu{Enter}{Enter}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(onApply.mock.calls[0]?.[0].platform).toEqual(['Ubuntu'])
  })

  it('applies what was typed on a click outside; what cannot be applied stays, saying why', async () => {
    const onApply = vi.fn()
    const { user, unmount } = renderWithUser(<ChipWithEditor onApply={onApply} />)
    await user.click(button('Chip'))
    await user.type(screen.getByRole('textbox', { name: 'Platform value' }), 'Ubuntu')
    await user.click(screen.getByRole('heading', { name: 'Images' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(onApply.mock.calls[0]?.[0].platform).toEqual(['Ubuntu'])
    unmount()

    const ids = renderWithUser(<ChipWithEditor chip="id" onApply={onApply} />)
    await ids.user.click(button('Chip'))
    await ids.user.type(screen.getByRole('textbox', { name: 'Image ID value' }), 'not-an-id')
    await ids.user.click(screen.getByRole('heading', { name: 'Images' }))
    const editor = screen.getByRole('dialog', { name: 'Edit filter Image ID' })
    expect(within(editor).getByRole('alert').textContent).toBe('Image IDs look like img-pmqg1cw7.')
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Image ID value' }).value).toBe('not-an-id')
    expect(onApply).toHaveBeenCalledOnce()
  })
})
