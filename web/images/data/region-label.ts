import { formatRegion } from '../../../core/regions'
import { t } from '../../lib/i18n'

/** A region as the console of the page's language names it: "Guangzhou (ap-guangzhou)", 华南地区(广州). */
export function regionLabel(id: string): string {
  return t('region.name', { id, english: formatRegion(id) })
}
