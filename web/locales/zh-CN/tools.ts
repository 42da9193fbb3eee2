import type { tools as en } from '../en/tools'

const numbers = new Intl.NumberFormat('zh-CN')
const n = (value: number) => numbers.format(value)

export const tools = {
  'drawer.previous': '上一个镜像',
  'drawer.previousHint': '上一个镜像 (k)',
  'drawer.next': '下一个镜像',
  'drawer.nextHint': '下一个镜像 (j)',
  'drawer.position': (p) => `${p.position} / ${p.count}`,
  'drawer.errorTitle': '无法加载此镜像',
  'drawer.cdcCache': 'CDC 缓存',
  'cdc.CACHED_ALL': '全部缓存状态',
  'cdc.CACHING': '缓存中',
  'cdc.CACHED': '已缓存',
  'cdc.CACHE_INVALID': '缓存失效',
  'cdc.CACHE_FAILED': '缓存失败',
  'export.tooManyChoice': (p) => `${n(p.total)} 个镜像超过单次导出上限（${n(p.cap)} 个）。导出：`,
  'export.first': (p) => `按当前顺序的前 ${n(p.cap)} 个`,
  'export.thisPage': '本页',
  'editor.cdcStates': 'CDC 缓存状态',
  'editor.instanceTypePlaceholder': '如 SA5.MEDIUM2，回车设置',
  'rule.instanceTypeShape': '实例规格形如 SA5.MEDIUM2：机型族、点、规格大小。',
  'rule.oneInstanceType': '每次只能按一个实例规格列出镜像。',
  'chip.instanceTypeHint': '可启动的镜像，如 SA5.MEDIUM2',
  'chip.clusterHint': '已缓存在此 CDC，如 cluster-12345678',
  'chip.cdcStatusHint': 'CDC 的缓存进度',
  'stamp.firstOf': (p) => `前 ${p.count}${p.total === null ? '' : `（共 ${n(p.total)} 个）`}`,
  'summary.loadingSomeFilter': (p) => `正在加载 ${n(p.loaded)} / ${n(p.total)} 条以便在全部页中筛选…`,
  'summary.loadingAllFilter': '正在加载所有页以便全部筛选…',
  'keys.select': '选中或取消选中当前行',
  'keys.drawerNav': '在详情中：下一个或上一个镜像',
  'filters.more': '更多',
  'filters.inBrowser': '在浏览器中筛选（全部页）',
} satisfies typeof en
