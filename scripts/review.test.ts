import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { ROOT } from './lib/paths'
import { runScript } from './lib/start-process'

/** `npm run review` with these arguments, in demo mode (no keys), the catalogue dated as the e2e suite's. */
const review = (args: string[]) =>
  runScript('scripts/review.ts', args, {
    cwd: ROOT,
    env: {
      ...process.env,
      EMULATOR_NOW: '2026-12-01T00:00:00Z',
      TENCENTCLOUD_SECRET_ID: '',
      TENCENTCLOUD_SECRET_KEY: '',
    },
  })

// SLOW (about 30 s): the one test that runs `npm run review` end to end, twice, each time starting the app in
// demo mode and driving Chromium; a first run on a fresh clone also builds the app.
it('npm run review writes a bundle, and a second run with --since reports what changed since the first', async () => {
  const parent = await mkdtemp(path.join(tmpdir(), 'review-'))
  const first = path.join(parent, 'week-1')
  const second = path.join(parent, 'week-2')

  const one = await review(['--out', first, '--type', 'custom', '--max-pages', '1'])
  expect(one.code, one.stderr).toBe(0)
  const custom = JSON.parse(await readFile(path.join(first, 'images.json'), 'utf8')) as { ImageId: string }[]
  expect((await readdir(first)).sort()).toEqual(
    [
      'bundle.json',
      'images.csv',
      'images.json',
      'list-page-1.png',
      'report.md',
      'summary.csv',
      'summary.png',
    ].sort(),
  )
  const report = await readFile(path.join(first, 'report.md'), 'utf8')
  expect(report).toContain(`- Images: ${custom.length}`)
  expect(report).toContain(`| Images by type | Custom | ${custom.length} |`)
  expect(report).toMatch(/the first 1 shot \(the cap is 1, --max-pages\)/)

  // A week later the view also holds the shared images: they are the ones added.
  const two = await review([
    '--out',
    second,
    '--since',
    first,
    '--type',
    'custom',
    '--type',
    'shared',
    '--max-pages',
    '1',
  ])
  expect(two.code, two.stderr).toBe(0)
  const both = JSON.parse(await readFile(path.join(second, 'images.json'), 'utf8')) as { ImageId: string }[]
  const added = both.length - custom.length
  expect(added).toBeGreaterThan(0)
  expect(two.stdout).toContain(`${added} added · 0 removed · 0 changed`)
  const changes = await readFile(path.join(second, 'report.md'), 'utf8')
  expect(changes).toContain(`## Changes since ${first}`)
  expect(changes).toContain(
    "> ⚠ The file's filters (type-custom) differ from this view's (type-custom-shared).",
  )
  const csv = (await readFile(path.join(second, 'changes.csv'), 'utf8')).trim().split('\r\n')
  expect(csv).toHaveLength(added + 1)
  expect(csv.slice(1).every((line) => line.startsWith('Added,img-'))).toBe(true)

  // A bad option changes nothing and leaves no half-written folder behind.
  const bad = await review(['--out', second, '--type', 'nonsense'])
  expect(bad.code).toBe(2)
  expect(bad.stderr).toContain('--type nonsense: not a value the view takes')
  expect((await readdir(parent)).sort()).toEqual(['week-1', 'week-2'])
}, 240_000)
