import { describe, expect, it } from 'vitest'
import { parseInstanceType } from './describe-images-v3'

describe('parseInstanceType', () => {
  it('spells a type typed in lower case as Tencent does', () => {
    expect(parseInstanceType('sa5.medium2')).toBe('SA5.MEDIUM2')
    expect(parseInstanceType(' Sa5.Medium2 ')).toBe('SA5.MEDIUM2')
    expect(parseInstanceType('SA5.MEDIUM2')).toBe('SA5.MEDIUM2')
  })

  it('keeps a family suffix after the number as typed', () => {
    expect(parseInstanceType('sn3ne.large8')).toBe('SN3ne.LARGE8')
    expect(parseInstanceType('HCCPNV4ane.58xlarge1929')).toBe('HCCPNV4ane.58XLARGE1929')
  })

  it('refuses what is not an instance type', () => {
    expect(parseInstanceType('SA5')).toBeNull()
    expect(parseInstanceType('SA5.MEDIUM2.X')).toBeNull()
    expect(parseInstanceType('')).toBeNull()
  })
})
