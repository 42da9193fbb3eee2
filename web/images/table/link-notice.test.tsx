// @vitest-environment happy-dom
import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { MAX_IMAGE_IDS } from '../../../core/describe-images'
import { inChinese, renderWithUser } from '../../test-support/components'
import { formatLinkNotice, parseViewLink } from '../view-state/view-link'
import { LinkNotice } from './link-notice'

const ids = (count: number) => Array.from({ length: count }, (_, i) => `img-${String(i).padStart(8, '0')}`)

/** The notice as the list shows it for a link opened with `search`: only when there is something to say. */
function NoticeOf({ search, onDismiss }: { search: string; onDismiss: () => void }) {
  const text = formatLinkNotice(parseViewLink(search), MAX_IMAGE_IDS)
  return text ? <LinkNotice text={text} onDismiss={onDismiss} /> : null
}

function openLink(search: string) {
  const onDismiss = vi.fn()
  return { ...renderWithUser(<NoticeOf search={search} onDismiss={onDismiss} />), onDismiss }
}

const notice = () => screen.getByRole('status', { name: 'Link notice' })

describe('LinkNotice', () => {
  it('names each value the view cannot use, in the order of the link, and none it uses', () => {
    openLink('?type=nonsense&name=web&sort=bogus:up&size=1000&page=-1&image=foo&theme=light')
    expect(notice().textContent).toBe(
      'Ignored from this link: type=nonsense, sort=bogus:up, size=1000, page=-1, image=foo.',
    )
  })

  it('names a malformed or repeated Name filter, not the ones shown as chips', () => {
    openLink('?name=mysql&name11=web&name3=prod&name2=MYSQL')
    expect(notice().textContent).toBe('Ignored from this link: name11=web, name2=MYSQL.')
  })

  it('names a malformed region in any spelling, never a well-formed one it does not list', () => {
    for (const region of ['mars-1', 'AP-SHANGHAI']) {
      const { unmount } = openLink(`?region=${region}`)
      expect(notice().textContent).toBe(`Ignored from this link: region=${region}.`)
      unmount()
    }
    openLink('?region=ap-atlantis')
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('says how many IDs of a lookup were dropped, after the tokens that are not IDs', () => {
    openLink(`?lookup=${[...ids(150), 'foo'].join(',')}`)
    expect(notice().textContent).toBe(
      'Ignored from this link: lookup=foo. ' +
        'Looked up the first 100 IDs; 50 more IDs were dropped (one lookup takes at most 100).',
    )
  })

  it('is not there for a clean link', () => {
    openLink('?region=ap-shanghai&type=custom&name=web&sort=name:desc&page=2&size=50&theme=dark')
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('is dismissed with its button', async () => {
    const { user, onDismiss } = openLink('?sort=bogus:up')
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(onDismiss).toHaveBeenCalledOnce()
  })

  it('speaks Chinese, the values named as they were in the link', () => {
    inChinese()
    openLink(`?type=nonsense&lookup=${ids(101).join(',')}`)
    expect(screen.getByRole('status', { name: '链接提示' }).textContent).toBe(
      '此链接中已忽略：type=nonsense。已查询前 100 个 ID；另有 1 个被舍弃（一次最多查询 100 个）。',
    )
    expect(screen.getByRole('button', { name: '关闭提示' })).toBeTruthy()
  })
})
