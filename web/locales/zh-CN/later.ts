import type { LaterMessages } from '../en'
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
} satisfies LaterMessages
