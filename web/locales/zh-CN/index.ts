import type { FirstMessages } from '../en'
import { app } from './app'
import { filters } from './filters'
import { images } from './images'
import { ops } from './ops'
import { table } from './table'
import { view } from './view'

/** The Simplified Chinese catalogue of the first screen, in Tencent Cloud's own terms; ./later.ts has the rest. */
export const messages = { ...app, ...filters, ...images, ...ops, ...table, ...view } satisfies FirstMessages
