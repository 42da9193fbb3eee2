/**
 * Region names as Tencent Cloud's Chinese console writes them, from DescribeRegions
 * (https://cloud.tencent.com/document/api/213/15708) and the region list
 * (https://cloud.tencent.com/document/product/213/6091).
 */
const REGION_NAMES: Record<string, string> = {
  'ap-guangzhou': '华南地区（广州）',
  'ap-shanghai': '华东地区（上海）',
  'ap-nanjing': '华东地区（南京）',
  'ap-beijing': '华北地区（北京）',
  'ap-chengdu': '西南地区（成都）',
  'ap-chongqing': '西南地区（重庆）',
  'ap-guiyang': '西南地区（贵阳）',
  'ap-xian-ec': '西北地区（西安）',
  'ap-hongkong': '港澳台地区（中国香港）',
  'ap-shanghai-fsi': '华东地区（上海金融）',
  'ap-shenzhen-fsi': '华南地区（深圳金融）',
  'ap-seoul': '亚太东北（首尔）',
  'ap-tokyo': '亚太东北（东京）',
  'ap-singapore': '亚太东南（新加坡）',
  'ap-bangkok': '亚太东南（曼谷）',
  'ap-jakarta': '亚太东南（雅加达）',
  'ap-mumbai': '亚太南部（孟买）',
  'na-siliconvalley': '美国西部（硅谷）',
  'na-ashburn': '美国东部（弗吉尼亚）',
  'na-toronto': '北美地区（多伦多）',
  'eu-frankfurt': '欧洲地区（法兰克福）',
  'sa-saopaulo': '南美地区（圣保罗）',
}

/** "华南地区（广州） ap-guangzhou"; a region without a Chinese name shows its ID alone. */
export function regionName(id: string): string {
  const name = REGION_NAMES[id]
  return name ? `${name} ${id}` : id
}
