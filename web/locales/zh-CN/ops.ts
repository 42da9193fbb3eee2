import type { ops as en } from '../en/ops'

export const ops = {
  'local.between': (p) => `${p.from} 至 ${p.to}`,
  'local.since': (p) => `${p.day} 起`,
  'local.until': (p) => `截至 ${p.day}`,
  'local.last.7d': '最近 7 天',
  'local.last.30d': '最近 30 天',
  'local.last.3m': '最近 3 个月',
  'local.last.1y': '最近 1 年',
  'local.os': '操作系统（精确）',
  'local.unknownDate': '创建时间未知',
  'local.chipTitle': (p) => `${p.label}（在浏览器中筛选）`,
  'refresh.button': '刷新',
  'refresh.hint': '绕过代理的缓存，重新向腾讯云查询',
  'refresh.auto': '自动刷新',
  'refresh.autoHint': (p) => `有镜像处于进行中且此标签页可见时，每 ${p.seconds} 秒刷新一次`,
} satisfies typeof en
