import type { exports as en } from '../en/export'
import { n } from './numbers'

export const exports = {
  'export.csv': '下载 CSV',
  'export.csvHint': '可见列，适用于 Excel（UTF-8）',
  'export.json': '下载 JSON',
  'export.jsonHint': '全部字段，与 API 返回的一致',
  'export.markdown': '复制为 Markdown 表格',
  'export.markdownHint': '可见列，附带评审标记',
  'export.failed': (p) => `导出失败：${p.detail}`,
  'export.loading': (p) => `正在加载 ${n(p.loaded)} / ${n(p.total)} 个镜像以导出…`,
  'export.tooMany': (p) =>
    `未导出：${n(p.count)} 个镜像超过单次导出上限 ${n(p.cap)} 个，请选择前 ${n(p.cap)} 个或本页。`,
  'export.copied': (p) => `已复制 ${n(p.count)} 个镜像的 Markdown 表格`,
  'export.downloaded': (p) => `已下载 ${n(p.count)} 个镜像：${p.name}`,
  'export.copiedFiltered': (p) => `已复制 ${n(p.count)} 个镜像的 Markdown 表格（浏览器端筛选：${p.filters}）`,
  'export.downloadedFiltered': (p) => `已下载 ${n(p.count)} 个镜像（浏览器端筛选：${p.filters}）：${p.name}`,
  'stamp.allPages': (p) => `${p.count}，全部页`,
  'stamp.exported': (p) => `导出于 ${p.time}`,
} satisfies typeof en
