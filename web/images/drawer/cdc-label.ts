import { CDC_CACHE_STATUSES } from '../../../core/describe-images-v3'
import { isOneOf } from '../../../core/json'
import { t } from '../../lib/i18n'

/**
 * The cdc-cache-status values in words (https://cloud.tencent.com/document/api/213/15715); a value this app
 * does not know is shown as sent. Apart from the drawer's facts, because the first screen's filter chips
 * need it and the facts are the drawer's.
 */
export const cdcLabel = (value: string) => (isOneOf(CDC_CACHE_STATUSES, value) ? t(`cdc.${value}`) : value)
