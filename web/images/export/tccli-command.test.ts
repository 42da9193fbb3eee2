import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { screenRequest, viewRequest } from '../data/view-request'
import { NO_FILTERS } from '../filters/filter-chips'
import { parseViewState } from '../view-state/url-state'
import { formatTccliCommand, shellQuote } from './tccli-command'

describe('formatTccliCommand', () => {
  it('writes filters in the CLI’s unfolded form, values as separate words', () => {
    expect(
      formatTccliCommand({
        region: 'ap-guangzhou',
        imageIds: [],
        filters: [
          { name: 'image-type', values: ['PRIVATE_IMAGE', 'SHARED_IMAGE'] },
          { name: 'image-name', values: ['web'] },
        ],
        offset: 20,
        limit: 20,
      }),
    ).toBe(
      'tccli cvm DescribeImages --region ap-guangzhou --cli-unfold-argument' +
        ' --Filters.0.Name image-type --Filters.0.Values PRIVATE_IMAGE SHARED_IMAGE' +
        ' --Filters.1.Name image-name --Filters.1.Values web --Offset 20 --Limit 20',
    )
  })

  it('writes each Name chip of a view as its own image-name filter', () => {
    const filters = { ...NO_FILTERS, name: ['mysql', 'redis'], moreNames: [['prod']] }
    const request = viewRequest({ region: 'ap-guangzhou', filters, lookup: [], page: 1, size: 20 }, 'page')
    expect(formatTccliCommand(request)).toBe(
      'tccli cvm DescribeImages --region ap-guangzhou --cli-unfold-argument' +
        ' --Filters.0.Name image-name --Filters.0.Values mysql redis' +
        ' --Filters.1.Name image-name --Filters.1.Values prod --Offset 0 --Limit 20',
    )
  })

  it('writes an ID lookup as ImageIds and no filters', () => {
    expect(
      formatTccliCommand({
        region: 'ap-seoul',
        imageIds: ['img-aaaa1111', 'img-bbbb2222'],
        filters: [],
        offset: 0,
        limit: 100,
      }),
    ).toBe(
      'tccli cvm DescribeImages --region ap-seoul --cli-unfold-argument' +
        ' --ImageIds img-aaaa1111 img-bbbb2222 --Offset 0 --Limit 100',
    )
  })

  it('names the browser-side filters it cannot apply in a comment line before the command', () => {
    const query = { region: 'ap-guangzhou', imageIds: [], filters: [], offset: 0, limit: 20 }
    const [note, command, ...rest] = formatTccliCommand({
      ...query,
      browserFilters: ['created=2026-09-01..', 'status=normal'],
    }).split('\n')
    expect(note).toMatch(/^# Not applied by this command .*: created=2026-09-01\.\. status=normal$/)
    expect(command).toBe(formatTccliCommand(query))
    expect(rest).toEqual([])
    expect(formatTccliCommand({ ...query, browserFilters: [] })).toBe(command)
  })
})

describe('the tccli command of a link', () => {
  it('writes an ID lookup link as --ImageIds, whatever the page size', () => {
    const view = parseViewState('?lookup=img-aaaa1111,img-bbbb2222&region=ap-guangzhou&size=50')
    expect(formatTccliCommand(screenRequest(view))).toBe(
      'tccli cvm DescribeImages --region ap-guangzhou --cli-unfold-argument' +
        ' --ImageIds img-aaaa1111 img-bbbb2222 --Offset 0 --Limit 100',
    )
  })
})

const awkward = [
  'CentOS 7.9 64位',
  "it's",
  'say "hi"',
  '数据库-生产',
  '$HOME `id` $(id)',
  '*.img ? [a]',
  'tab\there; rm -rf x & echo',
  "''",
  '=ls ~root',
  '',
  '!event',
]

describe('shellQuote', () => {
  it('leaves plain words bare and quotes the rest', () => {
    expect(shellQuote('image-type')).toBe('image-type')
    expect(shellQuote("it's")).toBe(`'it'\\''s'`)
    expect(shellQuote('')).toBe("''")
  })

  // The real test: each shell must hand the program back exactly the words we quoted.
  for (const shell of ['/bin/sh', '/bin/bash', '/bin/zsh', '/usr/bin/zsh', '/bin/dash']) {
    it.skipIf(!existsSync(shell))(`survives ${shell} unchanged, Chinese, quotes and all`, () => {
      const script = `printf '%s\\0' ${awkward.map(shellQuote).join(' ')}`
      const output = execFileSync(shell, ['-c', script], { encoding: 'utf8' })
      expect(output.split('\0').slice(0, -1)).toEqual(awkward)
    })
  }

  it.skipIf(!existsSync('/bin/bash'))('runs in a shell with its note, the note doing nothing', () => {
    const query = { region: 'r', imageIds: [], filters: [], offset: 0, limit: 20 }
    const text = formatTccliCommand({ ...query, browserFilters: ['arch=arm'] }).replace(/^tccli/m, 'echo')
    expect(execFileSync('/bin/bash', ['-c', text], { encoding: 'utf8' })).toBe(
      'cvm DescribeImages --region r --cli-unfold-argument --Offset 0 --Limit 20\n',
    )
  })

  it('adds the instance type of a 3.0 view', () => {
    const query = { region: 'ap-guangzhou', imageIds: [], filters: [], offset: 0, limit: 20 }
    expect(formatTccliCommand({ ...query, instanceType: 'SA5.MEDIUM2' })).toBe(
      'tccli cvm DescribeImages --region ap-guangzhou --cli-unfold-argument --Offset 0 --Limit 20 --InstanceType SA5.MEDIUM2',
    )
  })
})
