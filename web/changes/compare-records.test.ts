import { describe, expect, it } from 'vitest'
import { type ChangeWords, changesCsv } from './changes-csv'
import { compareRecords } from './compare-records'
import { fileWarnings, parseExportName } from './export-file-name'
import { type ExportRecord, parseCsv, readExport, recordsFromJson } from './export-records'

const raw = (id: string, name: string, state = 'NORMAL', extra: Record<string, unknown> = {}) => ({
  ImageId: id,
  ImageName: name,
  ImageState: state,
  ...extra,
})

describe('compareRecords', () => {
  const before = recordsFromJson([
    raw('img-aaaaaaa1', 'web-1'),
    raw('img-aaaaaaa2', 'web-2'),
    raw('img-aaaaaaa3', 'db', 'NORMAL', { ImageFamily: 'db', ImageDeprecated: false }),
    raw('img-aaaaaaa4', 'gone'),
  ])
  it.each<[string, ExportRecord[], { added: string[]; removed: string[]; changed: [string, string[]][] }]>([
    ['nothing changed', before, { added: [], removed: [], changed: [] }],
    [
      'renamed',
      recordsFromJson([
        raw('img-aaaaaaa1', 'web-1-renamed'),
        raw('img-aaaaaaa2', 'web-2'),
        raw('img-aaaaaaa3', 'db', 'NORMAL', { ImageFamily: 'db', ImageDeprecated: false }),
        raw('img-aaaaaaa4', 'gone'),
      ]),
      { added: [], removed: [], changed: [['img-aaaaaaa1', ['name']]] },
    ],
    [
      'state changed, deprecated, removed and added',
      recordsFromJson([
        raw('img-aaaaaaa1', 'web-1', 'SYNCING'),
        raw('img-aaaaaaa2', 'web-2'),
        raw('img-aaaaaaa3', 'db', 'NORMAL', { ImageFamily: 'db', ImageDeprecated: true }),
        raw('img-aaaaaaa5', 'new'),
      ]),
      {
        added: ['img-aaaaaaa5'],
        removed: ['img-aaaaaaa4'],
        changed: [
          ['img-aaaaaaa1', ['state']],
          ['img-aaaaaaa3', ['deprecated']],
        ],
      },
    ],
    [
      'a field only one side has (a legacy file, no family) is not a change',
      recordsFromJson([
        raw('img-aaaaaaa1', 'web-1'),
        raw('img-aaaaaaa2', 'web-2'),
        raw('img-aaaaaaa3', 'db'),
        raw('img-aaaaaaa4', 'gone', 'NORMAL', { Instances: 2, SharedWith: ['100001'] }),
      ]),
      { added: [], removed: [], changed: [] },
    ],
  ])('%s', (_case, after, expected) => {
    const changes = compareRecords(before, after)
    expect(changes.added.map((r) => r.id)).toEqual(expected.added)
    expect(changes.removed.map((r) => r.id)).toEqual(expected.removed)
    expect(changes.changed.map((c) => [c.after.id, c.fields])).toEqual(expected.changed)
  })

  it('compares instances and sharing when both files have them, sharing as a set', () => {
    const a = recordsFromJson([raw('img-aaaaaaa1', 'x', 'NORMAL', { Instances: 0, SharedWith: ['2', '1'] })])
    const same = recordsFromJson([
      raw('img-aaaaaaa1', 'x', 'NORMAL', { Instances: 0, SharedWith: ['1', '2'] }),
    ])
    const b = recordsFromJson([raw('img-aaaaaaa1', 'x', 'NORMAL', { Instances: 3, SharedWith: ['1'] })])
    expect(compareRecords(a, same).changed).toEqual([])
    expect(compareRecords(a, b).changed[0]?.fields).toEqual(['sharedWith', 'instances'])
  })

  it('lists a removed image by the ID and name the earlier file holds', () => {
    const changes = compareRecords(before, [])
    expect(changes.removed.map((r) => [r.id, r.name])).toContainEqual(['img-aaaaaaa4', 'gone'])
  })
})

describe('reading an export', () => {
  it('reads the app’s CSV in Chinese like its JSON: states back to Tencent’s codes, formulas unquoted', () => {
    const csv = '\uFEFF名称,镜像 ID,状态\r\n"a,b",img-aaaaaaa1,同步中\r\n\'=cmd,img-aaaaaaa2,正常\r\n'
    expect(readExport(csv)).toEqual([
      { id: 'img-aaaaaaa1', name: 'a,b', state: 'SYNCING' },
      { id: 'img-aaaaaaa2', name: '=cmd', state: 'NORMAL' },
    ])
    const json = JSON.stringify([raw('img-aaaaaaa1', 'a,b', 'SYNCING'), raw('img-aaaaaaa2', '=cmd')])
    expect(compareRecords(readExport(csv), readExport(json))).toEqual({ added: [], removed: [], changed: [] })
  })

  it.each([
    ['not JSON', '[{"ImageId": ', 'not-json'],
    ['JSON of something else', '{"Response": {}}', 'not-export'],
    ['a CSV with no ID column', 'a,b\r\n1,2\r\n', 'not-export'],
  ])('refuses %s', (_case, content, reason) => {
    expect(() => readExport(content)).toThrow(reason)
  })

  it('parses quoted line breaks and doubled quotes', () => {
    expect(parseCsv('a,"b\r\nc","d""e"\r\n')).toEqual([['a', 'b\r\nc', 'd"e']])
  })
})

describe('the file against the view', () => {
  const view = 'cvm-images_ap-guangzhou_type-custom_20261201T100000Z.json'
  it.each([
    ['the same view later', 'cvm-images_ap-guangzhou_type-custom_20261101T090000Z.csv', []],
    ['a browser’s renamed copy', 'cvm-images_ap-guangzhou_type-custom_20261101T090000Z (1).json', []],
    [
      'a file from another region',
      'cvm-images_ap-shanghai_type-custom_20261101T090000Z.json',
      [{ kind: 'region', file: 'ap-shanghai', view: 'ap-guangzhou' }],
    ],
    [
      'other filters',
      'cvm-images_ap-guangzhou_all_20261101T090000Z.json',
      [{ kind: 'filters', file: 'all', view: 'type-custom' }],
    ],
    ['a renamed file', 'images.json', [{ kind: 'unnamed' }]],
  ])('%s', (_case, file, warnings) => {
    expect(fileWarnings(file, view)).toEqual(warnings)
  })

  it('reads the time from the name', () => {
    expect(parseExportName('cvm-images_ap-guangzhou_all_20261101T090000Z.csv')?.time).toBe(
      Date.parse('2026-11-01T09:00:00Z'),
    )
  })
})

describe('changesCsv', () => {
  const words: ChangeWords = {
    header: ['Change', 'ID', 'Name', 'What changed', 'Before', 'After'],
    group: { added: 'Added', removed: 'Removed', changed: 'Changed' },
    field: {
      name: 'name',
      state: 'state',
      family: 'family',
      deprecated: 'deprecation',
      sharedWith: 'sharing',
      instances: 'instances',
    },
  }
  it('writes one line per added or removed image and one per changed field', () => {
    const changes = compareRecords(
      recordsFromJson([raw('img-aaaaaaa1', 'a'), raw('img-aaaaaaa2', 'b')]),
      recordsFromJson([raw('img-aaaaaaa1', 'a2', 'SYNCING'), raw('img-aaaaaaa3', 'c')]),
    )
    expect(changesCsv(changes, words).split('\r\n')).toEqual([
      '\uFEFFChange,ID,Name,What changed,Before,After',
      'Added,img-aaaaaaa3,c,,,',
      'Removed,img-aaaaaaa2,b,,,',
      'Changed,img-aaaaaaa1,a2,name,a,a2',
      'Changed,img-aaaaaaa1,a2,state,NORMAL,SYNCING',
      '',
    ])
  })
})
