import type { AgeUnit } from '../../lib/format'
import type { app as en } from '../en/app'
import { n } from './numbers'

const relative = new Intl.RelativeTimeFormat('zh-CN', { numeric: 'always' })

/** "29 天前": Intl's words, with a space between the number and the Chinese, as the rest of the page writes. */
function age(count: number, unit: AgeUnit): string {
  return relative
    .formatToParts(-count, unit)
    .map((part) => part.value.trim())
    .filter((value) => value !== '')
    .join(' ')
}

export const app = {
  'app.title': 'CVM 镜像浏览器',
  'app.demo': '演示数据',
  'app.demoHint': '代理没有云凭证，数据来自内置模拟器',
  'app.signedInAs': (p) => `已登录：${p.user}`,
  'app.signOut': '退出登录',
  'app.crashed': '页面出错了',
  'app.reload': '重新加载',
  'ui.copied': '已复制',
  'ui.copyFailed': '复制失败',
  'ui.loading': '加载中…',
  'ui.listSeparator': '、',
  'ui.aside': (p) => `（${p.text}）`,
  'format.range': (p) => `第 ${n(p.first)}–${n(p.last)} 条，共 ${n(p.total)} 条`,
  'format.rangeEmpty': (p) => `共 ${n(p.total)} 条`,
  'format.age': (p) => age(p.count, p.unit),
  'format.justNow': '刚刚',
  'format.unknownTime': '未知时间',
  'net.timeout': (p) => `代理 ${p.seconds} 秒内未应答。`,
  'net.unreachable': '无法连接到代理。',
  'net.notJson': '代理返回的内容不是 JSON。',
  'net.noResponse': 'DescribeImages 应答缺少 Response。',
  'net.noImageSet': 'DescribeImages 应答缺少 ImageSet。',
} satisfies typeof en
