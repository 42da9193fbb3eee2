import { describe, expect, it } from 'vitest'
import { isImageId, parseImageId } from './describe-images'

describe('the image ID shape', () => {
  it('is img- and eight lower-case letters or digits', () => {
    expect(isImageId('img-pmqg1cw7')).toBe(true)
    expect(isImageId('img-abc')).toBe(false)
    expect(isImageId('img-pmqg1cw78')).toBe(false)
    expect(isImageId('IMG-PMQG1CW7')).toBe(false)
  })

  it('reads an ID typed in either case as Tencent writes it', () => {
    expect(parseImageId(' IMG-PMQG1CW7 ')).toBe('img-pmqg1cw7')
    expect(parseImageId('img-abc')).toBeNull()
    expect(parseImageId('img-dtttttb!')).toBeNull()
  })
})
