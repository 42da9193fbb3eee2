import { type ApiFamily, type ErrorClass, errorClassOf } from '../../../core/errors'
import type { ApiError } from '../../lib/api-error'
import { t } from '../../lib/i18n'

/**
 * What a failed call means to the person looking at the page, from the class core/errors.ts gives its code
 * (the same class the proxy chose its status by), in the page's language, and whether trying again can help.
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

/** Each class in words; literal keys, so the catalogue check sees them used. */
function textOf(errorClass: Exclude<ErrorClass, 'rate-limit'>): string {
  switch (errorClass) {
    case 'keys-refused':
      return t('error.keysRefused')
    case 'permission':
      return t('error.permission')
    case 'unavailable':
      return t('error.unavailable')
    case 'client':
      return t('error.client')
    case 'unknown':
      return t('error.unknown')
  }
}

/** The proxy's answer to a call without sign-in: the page, reloaded, goes to sign-in. */
const SIGN_IN_REQUIRED = 'ProxyError.SignInRequired'

export function explainError(error: ApiError, family: ApiFamily): ErrorExplanation {
  if (error.code === SIGN_IN_REQUIRED)
    return { errorClass: 'client', text: t('error.signIn'), canRetry: false }
  const errorClass = classOf(error, family)
  if (errorClass === 'rate-limit') {
    const seconds = error.retryAfterSeconds
    const text = seconds ? t('error.busyWait', { seconds }) : t('error.busy')
    return { errorClass, text, canRetry: true }
  }
  const canRetry = errorClass === 'unavailable' || errorClass === 'unknown'
  return { errorClass, text: textOf(errorClass), canRetry }
}
