/**
 * Tencent Cloud regions that offer CVM: the built-in list, with the English names the international console
 * uses and the Chinese ones DescribeRegions answers with (https://cloud.tencent.com/document/api/213/15708).
 * Tencent adds regions, so a region is accepted when its id is well formed; the list only names and orders.
 */
export interface Region {
  id: string
  name: string
  area: string
  /** RegionName as DescribeRegions writes it, e.g. 华南地区(广州). */
  localName: string
}

const region = (id: string, name: string, area: string, localName: string): Region => ({
  id,
  name,
  area,
  localName,
})

export const REGIONS: readonly Region[] = [
  region('ap-guangzhou', 'Guangzhou', 'South China', '华南地区(广州)'),
  region('ap-shanghai', 'Shanghai', 'East China', '华东地区(上海)'),
  region('ap-nanjing', 'Nanjing', 'East China', '华东地区(南京)'),
  region('ap-beijing', 'Beijing', 'North China', '华北地区(北京)'),
  region('ap-chengdu', 'Chengdu', 'Southwest China', '西南地区(成都)'),
  region('ap-chongqing', 'Chongqing', 'Southwest China', '西南地区(重庆)'),
  region('ap-guiyang', 'Guiyang', 'Southwest China', '西南地区(贵阳)'),
  region('ap-xian-ec', "Xi'an", 'Northwest China', '西北地区(西安)'),
  region('ap-hongkong', 'Hong Kong', 'Hong Kong, Macao, Taiwan', '港澳台地区(中国香港)'),
  region('ap-shanghai-fsi', 'Shanghai Finance', 'East China', '华东地区(上海金融)'),
  region('ap-shenzhen-fsi', 'Shenzhen Finance', 'South China', '华南地区(深圳金融)'),
  region('ap-seoul', 'Seoul', 'Northeast Asia', '亚太东北(首尔)'),
  region('ap-tokyo', 'Tokyo', 'Northeast Asia', '亚太东北(东京)'),
  region('ap-singapore', 'Singapore', 'Southeast Asia', '亚太东南(新加坡)'),
  region('ap-bangkok', 'Bangkok', 'Southeast Asia', '亚太东南(曼谷)'),
  region('ap-jakarta', 'Jakarta', 'Southeast Asia', '亚太东南(雅加达)'),
  region('ap-mumbai', 'Mumbai', 'South Asia', '亚太南部(孟买)'),
  region('na-siliconvalley', 'Silicon Valley', 'U.S. West', '美国西部(硅谷)'),
  region('na-ashburn', 'Virginia', 'U.S. East', '美国东部(弗吉尼亚)'),
  region('na-toronto', 'Toronto', 'North America', '北美地区(多伦多)'),
  region('eu-frankfurt', 'Frankfurt', 'Europe', '欧洲地区(法兰克福)'),
  region('sa-saopaulo', 'São Paulo', 'South America', '南美地区(圣保罗)'),
]

export const DEFAULT_REGION = 'ap-guangzhou'

const byId = new Map(REGIONS.map((known) => [known.id, known]))

/** A region the built-in list names. */
export function isRegionId(id: string): boolean {
  return byId.has(id)
}

export function knownRegion(id: string): Region | undefined {
  return byId.get(id)
}

/**
 * An area code, a city, and optional qualifiers, in lower case: `ap-guangzhou`, `ap-xian-ec`, `ap-beijing-fsi`,
 * `ap-guangzhou-open`. Any such id goes to the cloud, which decides whether it exists.
 */
const WELL_FORMED = /^[a-z]{2}-[a-z]+(-[a-z0-9]+){0,2}$/

export function isWellFormedRegionId(id: string): boolean {
  return id.length <= 40 && WELL_FORMED.test(id)
}

/** "Guangzhou (ap-guangzhou)", or the bare id for a region this list does not know. */
export function formatRegion(id: string): string {
  const known = byId.get(id)
  return known ? `${known.name} (${known.id})` : id
}
