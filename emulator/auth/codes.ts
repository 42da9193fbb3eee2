/**
 * The codes each endpoint refuses credentials with. The legacy endpoint has its own
 * (https://github.com/tencentyun/qcloud-documents/blob/master/api/计算与网络/云服务器/调用方式/返回值/错误码_new.md;
 * a live capture of a bad legacy signature shows InvalidParameter.SignatureFailure with the 3.0 message), API 3.0
 * the AuthFailure.* ones (https://www.tencentcloud.com/document/product/1209/56023).
 */
import type { ApiFamily } from '../../core/errors.js'

export interface AuthCodes {
  secretIdNotFound: string
  /** Timestamp outside the window; the legacy endpoint calls it a replay, like a reused Nonce. */
  expired: string
  signature: string
  token: string
}

export const AUTH_CODES: Readonly<Record<ApiFamily, AuthCodes>> = {
  legacy: {
    secretIdNotFound: 'InvalidParameter.SecretIdNotFound',
    expired: 'InvalidRequest.ReplayAttack',
    signature: 'InvalidParameter.SignatureFailure',
    token: 'InvalidRequest.TokenCheckFailed',
  },
  v3: {
    secretIdNotFound: 'AuthFailure.SecretIdNotFound',
    expired: 'AuthFailure.SignatureExpire',
    signature: 'AuthFailure.SignatureFailure',
    token: 'AuthFailure.TokenFailure',
  },
}

/** The message both endpoints send with a bad signature. */
export const SIGNATURE_MESSAGE =
  'The provided credentials could not be validated. Please check your signature is correct.'
