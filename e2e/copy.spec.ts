import { execFileSync } from 'node:child_process'
import type { Page } from '@playwright/test'
import { bodyRows, openApp, readClipboard, rowIds } from './support/app'
import { expect, test } from './support/fixtures'

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
})

test('a row’s copy button copies its ID without opening the drawer', async ({ page }) => {
  await openApp(page)
  const id = (await rowIds(page))[3] ?? ''
  await bodyRows(page)
    .nth(3)
    .getByRole('button', { name: `Copy ID ${id}` })
    .click()
  expect(await readClipboard(page)).toBe(id)
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('"Copy link" copies a URL that reproduces the view', async ({ page, context }) => {
  await openApp(page, '?type=custom&sort=created:desc&page=2')
  await page.getByRole('button', { name: 'Copy link' }).click()
  const link = await readClipboard(page)
  expect(link).toBe(page.url())
  const other = await context.newPage()
  await other.goto(link)
  await expect.poll(() => rowIds(other)).toEqual(await rowIds(page))
})

/** The words a POSIX shell makes of a command line, so quoting is checked by a real shell. */
function shellWords(command: string): string[] {
  const output = execFileSync('/bin/sh', ['-c', `printf '%s\\0' ${command}`], { encoding: 'utf8' })
  return output.split('\0').slice(0, -1)
}

/** The tccli arguments a DescribeImages query string stands for: lists (ImageIds, Values) as separate words. */
function cliWordsFor(query: URLSearchParams): string[] {
  const words = [
    'tccli',
    'cvm',
    'DescribeImages',
    '--region',
    // A view with no region in its URL leaves Region out: the proxy answers for its default, as tccli shows.
    query.get('Region') ?? 'ap-guangzhou',
    '--cli-unfold-argument',
  ]
  const args = new Map<string, string[]>()
  for (const [key, value] of query) {
    if (key === 'Region' || key === 'Offset' || key === 'Limit') continue
    const arg = key.replace(/^(ImageIds|Filters\.\d+\.Values)\.\d+$/, '$1')
    args.set(arg, [...(args.get(arg) ?? []), value])
  }
  for (const [arg, values] of args) words.push(`--${arg}`, ...values)
  return [...words, '--Offset', query.get('Offset') ?? '', '--Limit', query.get('Limit') ?? '']
}

async function copyTccli(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Copy as tccli command' }).click()
  await expect(page.getByRole('button', { name: 'Copy as tccli command' })).toContainText('Copied')
  return shellWords(await readClipboard(page))
}

test('"Copy as tccli command" reproduces the page’s query, quoted for the shell', { tag: '@api' }, async ({
  page,
}) => {
  const name = `it's "数据" web`
  await openApp(page, `?type=custom&type=shared&name=${encodeURIComponent(name)}&name=web`)
  // The first page came rendered with the page; a new page size is the browser's own request to compare with.
  const asked = page.waitForRequest((req) => {
    const url = req.url()
    return url.includes('/api/DescribeImages?') && url.includes('image-name') && /[?&]Limit=50\b/.test(url)
  })
  await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('50')
  const query = new URL((await asked).url()).searchParams
  const words = await copyTccli(page)
  expect(words).toEqual(cliWordsFor(query))
  expect(words).toContain(name)
  expect(words.slice(0, 8)).toEqual([
    'tccli',
    'cvm',
    'DescribeImages',
    '--region',
    'ap-guangzhou',
    '--cli-unfold-argument',
    '--Filters.0.Name',
    'image-type',
  ])
})
