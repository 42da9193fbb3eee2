import { type ApiFamily, type ErrorClass, errorClassOf } from '../../../core/errors'
import type { ApiError } from '../../lib/api-error'

/**
 * What a failed call means to the person looking at the page, from the class core/errors.ts gives its code
 * (the same class the proxy chose its status by), and whether trying again can help.
 */
export interface ErrorExplanation {
  errorClass: ErrorClass
  text: string
  canRetry: boolean
}

/** No answer reached the page (network, the browser's own timeout): the way to the API is down. */
function classOf(error: ApiError, family: ApiFamily): ErrorClass {
  if (error.status === 0) return 'unavailable'
  return errorClassOf(error.code, family)
}

const TEXTS: Record<Exclude<ErrorClass, 'rate-limit'>, string> = {
  'keys-refused':
    "Tencent Cloud refused the proxy's keys (or token): they are wrong, disabled or expired, or the proxy's clock is off. This is not something you did; whoever runs the proxy needs to fix its credentials.",
  permission:
    "The proxy's keys work but may not list images. Whoever runs the proxy needs to grant its CAM user or role the permission cvm:DescribeImages (the QcloudCVMReadOnlyAccess policy includes it).",
  unavailable: 'Tencent Cloud, or the way to it, is not answering properly. This is usually temporary.',
  client: 'The API refused the request as it was sent. Check the filters and the region.',
  unknown:
    "The API answered with an error this app does not know; the code and message below are Tencent's own.",
}

export function explainError(error: ApiError, family: ApiFamily): ErrorExplanation {
  const errorClass = classOf(error, family)
  if (errorClass === 'rate-limit') {
    const wait = error.retryAfterSeconds ? ` Try again in ${error.retryAfterSeconds} s.` : ''
    return { errorClass, text: `Too many requests reached the API at once.${wait}`, canRetry: true }
  }
  const canRetry = errorClass === 'unavailable' || errorClass === 'unknown'
  return { errorClass, text: TEXTS[errorClass], canRetry }
}
