import type { dialogs as en } from '../en/dialogs'

export const dialogs = {
  'ui.close': '关闭',
  'columns.density': '行高',
  'columns.comfortable': '宽松',
  'columns.compact': '紧凑',
  'columns.moveUp': (p) => `上移 ${p.label}`,
  'columns.moveDown': (p) => `下移 ${p.label}`,
  'columns.reset': '恢复默认',
  'keys.intro': '在页面任意位置可用，在输入框中输入时除外。',
  'keys.search': '聚焦搜索框',
  'keys.next': '下一行',
  'keys.previous': '上一行',
  'keys.open': '打开当前行的镜像',
  'keys.close': '关闭详情面板或本对话框',
  'keys.copy': '复制当前行的镜像 ID',
  'keys.help': '显示此列表',
  'keys.enter': 'Enter',
  'keys.escape': 'Esc',
} satisfies typeof en
