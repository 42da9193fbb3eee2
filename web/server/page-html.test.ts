import { describe, expect, it } from 'vitest'
import { fillTemplate } from './page-html'

const TEMPLATE =
  '<!doctype html><html lang="en"><head><title>CVM Image Browser</title></head><body><div id="root"></div></body></html>'
const PARTS = {
  language: 'zh-CN',
  title: 'CVM 镜像浏览器',
  theme: null,
  review: false,
  body: '<p>rows</p>',
  data: '{}',
}

describe('fillTemplate', () => {
  it('puts the app in #root, the data block after it, and the language and title in the head', () => {
    expect(fillTemplate(TEMPLATE, PARTS)).toBe(
      '<!doctype html><html lang="zh-CN"><head><title>CVM 镜像浏览器</title></head><body>' +
        '<div id="root"><p>rows</p></div><script type="application/json" id="first-screen">{}</script></body></html>',
    )
  })

  it('sets the display overrides on <html> as the browser would', () => {
    const page = fillTemplate(TEMPLATE, { ...PARTS, language: 'en', theme: 'light', review: true })
    expect(page).toContain('<html lang="en" data-theme="light" data-review="">')
  })

  it('escapes the title and keeps $ sequences in the markup as they are', () => {
    const page = fillTemplate(TEMPLATE, { ...PARTS, title: 'a < b & c', body: "<p>$& $' $1</p>" })
    expect(page).toContain('<title>a &lt; b &amp; c</title>')
    expect(page).toContain("<p>$& $' $1</p>")
  })

  it('gives null for a template without the places to fill', () => {
    expect(fillTemplate('<!doctype html><title>x</title>', PARTS)).toBeNull()
  })
})
