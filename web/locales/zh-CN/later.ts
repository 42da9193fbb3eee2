import type { LaterMessages } from '../en'
import { dialogs } from './dialogs'
import { drawer } from './drawer'
import { editor } from './editor'
import { exports } from './export'
import { opsLater } from './ops-later'
import { states } from './states'
import { summary } from './summary'
import { tools } from './tools'

export const messages = {
  ...editor,
  ...dialogs,
  ...drawer,
  ...exports,
  ...opsLater,
  ...states,
  ...summary,
  ...tools,
} satisfies LaterMessages
