import type { filters as en } from '../en/filters'
import { regionName } from './regions'

export const filters = {
  'filters.section': '筛选',
  'filters.search': '搜索镜像',
  'filters.searchPlaceholder': '搜索名称，或粘贴镜像 ID',
  'filters.add': '添加筛选',
  'tools.fold': '筛选与工具',
  'filters.clearAll': '全部清除',
  'filters.lookupChip': (p) => `镜像 ID：${p.ids}`,
  'filters.endLookup': '结束 ID 查询',
  'filters.remove': (p) => `移除筛选 ${p.label}`,
  'chip.summary': (p) => `${p.label}：${p.values}`,
  'chip.type': '镜像类型',
  'chip.name': '镜像名称',
  'chip.id': '镜像 ID',
  'chip.platform': '平台',
  'chip.tagKey': '标签键',
  'chip.tagValue': '标签值',
  'chip.tag': '标签',
  'chip.tagOf': (p) => `标签 ${p.key}`,
  'rule.maxValues': (p) => `每个筛选最多 ${p.max} 个值（DescribeImages 限制）。`,
  'rule.maxFilters': (p) => `最多组合 ${p.max} 个筛选（DescribeImages 限制）。`,
  'region.label': '地域',
  'region.apply': '切换',
  'region.name': (p) => regionName(p.id),
} satisfies typeof en
