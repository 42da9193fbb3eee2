import { app } from './app'
import { filters } from './filters'
import { images } from './images'
import type { messages as later } from './later'
import { ops } from './ops'
import { table } from './table'
import { view } from './view'

/**
 * The English catalogue of the first screen; ./later.ts has the rest. Together they are the contract:
 * every language `satisfies` their shapes, and `t` (web/lib/i18n.ts) takes only their keys, each with the
 * parameters its message needs.
 */
export const messages = { ...app, ...filters, ...images, ...ops, ...table, ...view }

export type FirstMessages = typeof messages
export type LaterMessages = typeof later

declare module '../../lib/i18n' {
  interface Register {
    messages: FirstMessages & LaterMessages
  }
}
