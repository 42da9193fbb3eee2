/** Tencent Cloud regions that offer CVM, with the English names the console uses. */
export interface Region {
  id: string
  name: string
  area: string
}

export const REGIONS: readonly Region[] = [
  { id: 'ap-guangzhou', name: 'Guangzhou', area: 'South China' },
  { id: 'ap-shanghai', name: 'Shanghai', area: 'East China' },
  { id: 'ap-nanjing', name: 'Nanjing', area: 'East China' },
  { id: 'ap-beijing', name: 'Beijing', area: 'North China' },
  { id: 'ap-chengdu', name: 'Chengdu', area: 'Southwest China' },
  { id: 'ap-chongqing', name: 'Chongqing', area: 'Southwest China' },
  { id: 'ap-guiyang', name: 'Guiyang', area: 'Southwest China' },
  { id: 'ap-xian-ec', name: "Xi'an", area: 'Northwest China' },
  { id: 'ap-hongkong', name: 'Hong Kong', area: 'Hong Kong, Macao, Taiwan' },
  { id: 'ap-shanghai-fsi', name: 'Shanghai Finance', area: 'East China' },
  { id: 'ap-shenzhen-fsi', name: 'Shenzhen Finance', area: 'South China' },
  { id: 'ap-seoul', name: 'Seoul', area: 'Northeast Asia' },
  { id: 'ap-tokyo', name: 'Tokyo', area: 'Northeast Asia' },
  { id: 'ap-singapore', name: 'Singapore', area: 'Southeast Asia' },
  { id: 'ap-bangkok', name: 'Bangkok', area: 'Southeast Asia' },
  { id: 'ap-jakarta', name: 'Jakarta', area: 'Southeast Asia' },
  { id: 'ap-mumbai', name: 'Mumbai', area: 'South Asia' },
  { id: 'na-siliconvalley', name: 'Silicon Valley', area: 'U.S. West' },
  { id: 'na-ashburn', name: 'Virginia', area: 'U.S. East' },
  { id: 'na-toronto', name: 'Toronto', area: 'North America' },
  { id: 'eu-frankfurt', name: 'Frankfurt', area: 'Europe' },
  { id: 'sa-saopaulo', name: 'São Paulo', area: 'South America' },
]

export const DEFAULT_REGION = 'ap-guangzhou'

const regionIds = new Set(REGIONS.map((region) => region.id))

export function isRegionId(id: string): boolean {
  return regionIds.has(id)
}

/** "Guangzhou (ap-guangzhou)", or the bare id for a region this list does not know. */
export function formatRegion(id: string): string {
  const region = REGIONS.find((candidate) => candidate.id === id)
  return region ? `${region.name} (${region.id})` : id
}

/**
 * A region id shaped like Tencent's (`ap-guangzhou`, `ap-shanghai-fsi`, `na-siliconvalley`): lower-case
 * words joined by dashes, an area prefix of two letters first. A well-formed id this list does not know may
 * be a region opened since; the API, not this list, says whether it exists.
 */
export function isWellFormedRegionId(id: string): boolean {
  return /^[a-z]{2}-[a-z]{2,}(?:-[a-z0-9]{2,})*$/.test(id)
}
