/**
 * The custom images of a region: PRIVATE_IMAGE ones named the way teams name them, and a few SHARED_IMAGE
 * ones from partner accounts. Everything comes from a generator seeded by the region; dates are ages before the
 * catalog's "now" (the emulator's start, or EMULATOR_NOW), so the demo always has images from this week.
 */
import type { ImageStatus, LegacyImage } from '../../core/describe-images.js'
import { DAY, day, formatCreateTime } from './dates.js'
import { osCode, PUBLIC_IMAGES } from './public.js'
import { newImageId, type Random, seededRandom } from './random.js'

/** How far back custom images go: about ten years. */
const CUSTOM_SPAN = 3652 * DAY
/** Images still in progress were started within this. */
const IN_PROGRESS_SPAN = 3 * DAY

const OWNER_UIN = '100023456789'
const PARTNER_UINS = ['3205597606', '100098765432', '200001234567', '100055556666']

const words = (text: string) => text.split(' ')
const SERVICES = words(
  'web api order-service payment-gw user-center search recommend im-gateway cdn-origin jenkins-agent ' +
    'gitlab-runner k8s-node mysql redis kafka elasticsearch nginx-edge prometheus grafana bastion data-etl ' +
    'spark-worker ai-infer ml-train',
)
const ENVS = words('prod prod staging test dev gray uat')
const ZH_NAMES = words(
  '数据库基线镜像 生产环境基础镜像 测试环境应用服务器 日志采集节点 订单服务 支付网关 用户中心 营销活动专用 ' +
    '大数据计算节点 监控告警服务器 堡垒机 内网DNS服务器 游戏服 直播转码节点',
)
const CITIES = ['shanghai', 'beijing', 'shenzhen', 'hangzhou', 'chengdu']
const PARTNERS = ['skyline', 'bluewhale', '天穹安全', 'cloudguard', '蓝鲸运维']
const PRODUCTS = [
  'waf-appliance',
  'ids-sensor',
  'hardened-baseline',
  '数据库审计',
  'log-analyzer',
  '安全加固镜像',
]

const BASES = PUBLIC_IMAGES.filter((image) => !image.ImageOsName.endsWith('x86_32'))

interface Context {
  random: Random
  created: number
  base: LegacyImage
  service: string
  env: string
  zh: string
}

const compactDay = (ms: number) => day(ms).replaceAll('-', '')
const osShort = (image: LegacyImage) => osCode(image.ImageOsName).replace(/\s+/g, '').toLowerCase()

const PRIVATE_NAMES: ((c: Context) => string)[] = [
  (c) => `${c.service}-${c.env}-${day(c.created)}`,
  (c) => `${c.service}-${c.env}-v${1 + c.random.int(5)}.${c.random.int(20)}`,
  (c) => `${c.zh}-v${1 + c.random.int(9)}`,
  (c) => `${c.zh}-${compactDay(c.created)}`,
  (c) => `${c.zh} ${c.service} ${c.env} 基线`,
  (c) => `golden-${osShort(c.base)}-${compactDay(c.created)}`,
  (c) => `${c.service}-${c.env}-${osShort(c.base)}-build${100 + c.random.int(900)}`,
  (c) => c.zh,
]

const LONG_NAMES: ((c: Context) => string)[] = [
  (c) => `migrated-idc-${c.random.pick(CITIES)}-rack${c.random.int(90)}-legacy-erp-${c.service}`.slice(0, 60),
  (c) => `${c.zh}（迁移自自建机房，${c.env} 环境，含全部历史补丁与监控代理）`,
]

const DESCRIPTIONS: ((c: Context) => string)[] = [
  (c) =>
    `由实例 ins-${c.random
      .int(36 ** 8)
      .toString(36)
      .padStart(8, '0')} 创建于 ${day(c.created)}`,
  (c) => `Created from the ${c.service} ${c.env} fleet on ${day(c.created)}`,
  (c) => `${c.zh}，包含 JDK 17、Nginx 1.24 和公司安全基线`,
  (c) => `Base: ${c.base.ImageName}. Patched monthly by the platform team.`,
  () => '',
  (c) => `${c.env} 环境 ${c.service} 镜像`,
  (c) => `Snapshot of ${c.service}-${c.env} before the ${day(c.created)} release`,
  (c) =>
    `Golden image maintained by the platform team for ${c.service}. Includes CIS level 1 hardening, node_exporter, ` +
    'filebeat, the corporate CA bundle and time sync against the internal NTP pool. 由平台组维护，每月更新，请勿手动修改。',
]

/** Most images are NORMAL; the first few indices cover every other state so each one is always present. */
const RARE_STATES: ImageStatus[] = ['CREATING', 'SYNCING', 'CREATEFAILED', 'IMPORTING', 'IMPORTFAILED']
const IN_PROGRESS = new Set<ImageStatus>(['CREATING', 'SYNCING', 'IMPORTING'])

function pickStatus(random: Random, index: number): ImageStatus {
  const forced = RARE_STATES[index]
  if (forced) return forced
  const roll = random.next()
  return roll < 0.07 ? (RARE_STATES[Math.floor(roll / 0.014)] ?? 'NORMAL') : 'NORMAL'
}

/** Whole seconds before `now`, skewed towards recent years; images still in progress were started in the last days. */
function pickCreated(random: Random, status: ImageStatus, now: number): number {
  const span = IN_PROGRESS.has(status) ? IN_PROGRESS_SPAN : CUSTOM_SPAN
  const ms = now - span + span * Math.sqrt(random.next())
  return Math.min(Math.floor(ms / 1000) * 1000, Math.floor(now / 1000) * 1000 - 1000)
}

function context(random: Random, created: number): Context {
  return {
    random,
    created,
    base: random.pick(BASES),
    service: random.pick(SERVICES),
    env: random.pick(ENVS),
    zh: random.pick(ZH_NAMES),
  }
}

interface Identity {
  id: string
  type: 'PRIVATE_IMAGE' | 'SHARED_IMAGE'
  status: ImageStatus
  name: string
  description: string
  creator: string
}

function image(c: Context, who: Identity): LegacyImage {
  return {
    ImageId: who.id,
    ImageOsName: c.base.ImageOsName,
    ImageType: who.type,
    ImageCreateTime: formatCreateTime(c.created),
    ImageStatus: who.status,
    ImageName: who.name,
    ImageDescription: who.description,
    Platform: c.base.Platform,
    Architecture: c.base.Architecture,
    Creator: who.creator,
  }
}

/** Where a region's custom images come from: the ids already taken and the instant their ages count back from. */
export interface CustomSource {
  region: string
  taken: Set<string>
  now: number
}

export function privateImages({ region, taken, now }: CustomSource, count: number): LegacyImage[] {
  const random = seededRandom(`private:${region}`)
  return Array.from({ length: count }, (_, index) => {
    const status = pickStatus(random, index)
    const c = context(random, pickCreated(random, status, now))
    const name = random.pick(random.next() < 0.03 ? LONG_NAMES : PRIVATE_NAMES)(c)
    const description = random.pick(DESCRIPTIONS)(c)
    return image(c, {
      id: newImageId(random, taken),
      type: 'PRIVATE_IMAGE',
      status,
      name,
      description,
      creator: OWNER_UIN,
    })
  })
}

export function sharedImages({ region, taken, now }: CustomSource, count: number): LegacyImage[] {
  const random = seededRandom(`shared:${region}`)
  return Array.from({ length: count }, () => {
    const c = context(random, pickCreated(random, 'NORMAL', now))
    const [partner, product, creator] = [
      random.pick(PARTNERS),
      random.pick(PRODUCTS),
      random.pick(PARTNER_UINS),
    ]
    const name = `${partner}-${product}-${osShort(c.base)}-v${1 + random.int(4)}.${random.int(10)}`
    const description =
      random.next() < 0.5
        ? `由合作方账号 ${creator} 共享`
        : `Shared by ${partner}: ${product} on ${c.base.ImageName}`
    return image(c, {
      id: newImageId(random, taken),
      type: 'SHARED_IMAGE',
      status: 'NORMAL',
      name,
      description,
      creator,
    })
  })
}
