import type { states as en } from '../en/states'
import { n } from './numbers'

export const states = {
  'summary.sortedAll': (p) =>
    p.total === 1 ? '已排序（仅此 1 个镜像）' : `已对全部 ${n(p.total)} 个镜像排序`,
  'summary.sortedPage': (p) => `仅对本页排序：结果超过 ${n(p.cap)} 条，无法全部排序，请缩小筛选范围`,
  'summary.loadingSome': (p) => `正在加载 ${n(p.loaded)} / ${n(p.total)} 条以便全部排序…`,
  'summary.loadingAll': '正在加载所有页以便全部排序…',
  'empty.lookup': '这些 ID 在此地域都不存在',
  'empty.filters': '没有符合筛选条件的镜像',
  'empty.region': '此地域没有镜像',
  'empty.lookupHint': '请检查 ID 或地域。',
  'empty.inForce': '移除筛选条件以扩大结果：',
  'empty.filtersHint': '名称和平台匹配文本的一部分。',
  'empty.regionHint': '试试其他地域。',
  'empty.endLookup': '结束查询',
  'empty.clearFilters': '清除筛选',
  'filters.lookingUp': (p) => `正在查询 ${p.count} 个 ID，筛选暂不生效。`,
  'filters.notFound': '未找到：',
} satisfies typeof en
