import { cleanup } from './cleanup'
import { dialogs } from './dialogs'
import { drawer } from './drawer'
import { editor } from './editor'
import { exports } from './export'
import { opsLater } from './ops-later'
import { states } from './states'
import { summary } from './summary'
import { tools } from './tools'
import { instanceStates, usage } from './usage'

/**
 * The words of what opens after the first screen (menus, editors, dialogs, the drawer, exports). They load
 * with the first of those, so the first screen carries only its own words (see web/lib/i18n.ts).
 */
export const messages = {
  ...editor,
  ...dialogs,
  ...drawer,
  ...exports,
  ...opsLater,
  ...states,
  ...summary,
  ...tools,
  ...usage,
  ...instanceStates,
  ...cleanup,
}
