import type { view as en } from '../en/view'

const numbers = new Intl.NumberFormat('zh-CN')
const n = (value: number) => numbers.format(value)

export const view = {
  'column.family': '镜像族',
  'date.epoch': '未知：旧版 API 将公共镜像的创建时间返回为 1970-01-01。',
  'date.unreadable': (p) => `无法识别的日期：${p.text}`,
  'date.missing': 'API 未返回创建时间。',
  'status.deprecated': '已弃用',
  'paste.notIds': (p) => `不是镜像 ID：${p.tokens}。`,
  'paste.dropped': (p) => `另有 ${n(p.count)} 个 ID 被舍弃：一次最多查询 ${p.max} 个。`,
  'chip.or': ' 或 ',
  'chip.instanceType': '实例规格',
  'chip.cluster': '专用集群',
  'chip.cdcStatus': 'CDC 缓存状态',
  'region.notListed': (p) => `${p.id}（未列出）`,
  'stamp.filteredAll': (p) => `已在浏览器中筛选全部 ${n(p.count)} 个镜像`,
  'stamp.filteredPage': (p) => `仅在本页内于浏览器中筛选（${n(p.count)} 个镜像）`,
  'stamp.filtering': '正在加载全部页以在浏览器中筛选',
  'stamp.selected': (p) => `，已选 ${n(p.count)} 个`,
  'select.page': '选择本页全部镜像',
  'select.row': (p) => `选择 ${p.name}`,
  'error.keysRefused':
    '腾讯云拒绝了代理的密钥（或临时令牌）：密钥错误、已禁用或已过期，或代理的时钟不准。这与您的操作无关，需由代理管理员修复凭证。',
  'error.permission':
    '代理的密钥有效，但无权查看镜像。需由代理管理员为其 CAM 用户或角色授予 cvm:DescribeImages 权限（QcloudCVMReadOnlyAccess 策略已包含）。',
  'error.unavailable': '腾讯云或到腾讯云的网络未正常响应。这通常是暂时的。',
  'error.client': 'API 拒绝了该请求。请检查筛选条件和地域。',
  'error.unknown': 'API 返回了本应用不认识的错误；下方的错误码和信息来自腾讯云。',
  'error.unlistedRegion': (p) => `${p.region} 不在本应用的地域列表中，API 也未接受。请从列表中选择地域。`,
  'filters.scope': (p) => p.scope,
  'filters.scopePage': (p) => `${p.scope}；请缩小 API 筛选范围以筛选全部`,
  'filters.searchAllRegions': '在所有地域中查找',
  'link.both': (p) => `${p.first}${p.second}`,
  'ui.dismiss': '关闭提示',
  'link.notice': '链接提示',
  'link.ignored': (p) => `此链接中已忽略：${p.values}。`,
  'link.dropped': (p) => `已查询前 ${p.max} 个 ID；另有 ${n(p.count)} 个被舍弃（一次最多查询 ${p.max} 个）。`,
  'table.scrollsSideways': '表格可左右滚动查看更多列 →',
  'zone.label': '时区',
  'zone.hint': '页面和导出中所有日期使用的时区',
  'zone.local': (p) => `本地 (${p.label})`,
  'stamp.filterSeparator': '；',
} satisfies typeof en
