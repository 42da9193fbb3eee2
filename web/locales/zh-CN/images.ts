import type { images as en } from '../en/images'

/** Tencent's own Chinese terms for image fields, types and states (DescribeImages, cvm 2017-03-12). */
export const images = {
  'column.name': '名称',
  'column.id': '镜像 ID',
  'column.type': '类型',
  'column.os': '操作系统',
  'column.platform': '平台',
  'column.arch': '架构',
  'column.status': '状态',
  'column.created': '创建时间',
  'column.creator': '创建者',
  'type.PUBLIC_IMAGE': '公共镜像',
  'type.PRIVATE_IMAGE': '自定义镜像',
  'type.SHARED_IMAGE': '共享镜像',
  'status.NORMAL': '正常',
  'status.CREATING': '创建中',
  'status.SYNCING': '同步中',
  'status.IMPORTING': '导入中',
  'status.USING': '使用中',
  'status.CREATEFAILED': '创建失败',
  'status.IMPORTFAILED': '导入失败',
  'status.unknown': '未知',
} satisfies typeof en
