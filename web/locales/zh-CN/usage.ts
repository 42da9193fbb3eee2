import type { usage as en, instanceStates as enStates } from '../en/usage'
import { n } from './numbers'

export const usage = {
  'usage.instances': '实例',
  'usage.usedBy': (p) =>
    `${n(p.count)} 个实例正在使用（${[
      `运行中 ${n(p.running)} 个`,
      `已关机 ${n(p.stopped)} 个`,
      ...(p.other > 0 ? [`其他状态 ${n(p.other)} 个`] : []),
    ].join('，')}）`,
  'usage.unused': '没有实例使用此镜像',
  'usage.scanning': '正在扫描实例…',
  'usage.scanProgress': (p) => `已扫描 ${n(p.scanned)} / ${n(p.total)} 个实例`,
  'usage.scanned': (p) => `已于 ${p.time} 扫描 ${n(p.count)} 个实例，用时 ${p.seconds} 秒`,
  'usage.cutShort': (p) => `仅扫描了 ${n(p.total)} 个实例中的前 ${n(p.scanned)} 个：可能还有实例使用此镜像。`,
  'usage.more': (p) => `另有 ${n(p.count)} 个`,
  'usage.copyIds': '复制实例 ID',
  'usage.exportCsv': '导出 CSV',
  'usage.exported': (p) => `已将 ${n(p.count)} 个实例导出到 ${p.name}`,
  'usage.tableLabel': '使用此镜像的实例',
  'usage.col.id': '实例 ID',
  'usage.col.name': '实例名称',
  'usage.col.state': '状态',
  'usage.col.type': '实例规格',
  'usage.col.zone': '可用区',
  'usage.col.ip': '内网 IP',
  'usage.col.created': '创建时间',
  'usage.denied': (p) => `无法显示：代理的密钥无权${p.what}（CAM 权限 ${p.action}）。`,
  'usage.what.DescribeInstances': '查看实例列表',
  'usage.what.DescribeImageSharePermission': '查看镜像共享信息',
  'usage.what.DescribeImageQuota': '查看镜像配额',
  'usage.failed': (p) => `读取失败：${p.code}。`,
  'usage.retry': '重试',
  'usage.sharedWith': '共享账号',
  'usage.notShared': '未共享给任何账号',
  'usage.sharedCount': (p) => `已共享给 ${n(p.count)} 个账号`,
  'usage.account': '账号 ID',
  'usage.since': '共享时间',
  'usage.sharePublic': '公共镜像对所有账号可见：不涉及共享。',
  'usage.shareShared': '此镜像由其所有者共享给本账号：只有所有者可以查看共享对象。',
} satisfies typeof en

export const instanceStates = {
  'instanceState.PENDING': '创建中',
  'instanceState.LAUNCH_FAILED': '创建失败',
  'instanceState.RUNNING': '运行中',
  'instanceState.STOPPED': '已关机',
  'instanceState.STARTING': '开机中',
  'instanceState.STOPPING': '关机中',
  'instanceState.REBOOTING': '重启中',
  'instanceState.SHUTDOWN': '停止待销毁',
  'instanceState.TERMINATING': '销毁中',
} satisfies typeof enStates
