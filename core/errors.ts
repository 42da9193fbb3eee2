/**
 * Tencent's error codes, each with its class: what kind of failure it is, whoever meets it. The proxy derives
 * its HTTP status and whether to retry from the class, the web its explanation. Codes are the API 3.0 common
 * ones (https://www.tencentcloud.com/document/product/1209/56023), those of the 2017-03-12 legacy endpoint
 * (https://github.com/tencentyun/qcloud-documents/blob/master/api/计算与网络/云服务器/调用方式/返回值/错误码_new.md)
 * and DescribeImages' own (https://cloud.tencent.com/document/api/213/15715).
 */

export const ERROR_CLASSES = [
  'client',
  'keys-refused',
  'permission',
  'rate-limit',
  'unavailable',
  'unknown',
] as const
/**
 * - client: the request itself is wrong; sending it again unchanged cannot help.
 * - keys-refused: the signature, SecretId, token or timestamp was refused; the proxy's keys or clock.
 * - permission: the keys are valid but may not do this (CAM policy, MFA, IP lists).
 * - rate-limit: too many calls; a later try can pass.
 * - unavailable: Tencent's side failed or is busy.
 * - unknown: a code this catalogue does not know.
 */
export type ErrorClass = (typeof ERROR_CLASSES)[number]

/** A code's family is the text before its first dot; a sub-code not listed here takes its family's class. */
const FAMILIES: Readonly<Record<string, ErrorClass>> = {
  ActionOffline: 'unavailable',
  AuthFailure: 'keys-refused',
  DryRunOperation: 'client',
  FailedOperation: 'unknown',
  InternalError: 'unavailable',
  InvalidAction: 'client',
  InvalidFilter: 'client',
  InvalidImageId: 'client',
  InvalidInstanceType: 'client',
  InvalidParameter: 'client',
  InvalidParameterValue: 'client',
  InvalidRegion: 'client',
  InvalidRequest: 'client',
  IpInBlacklist: 'permission',
  IpNotInWhitelist: 'permission',
  LimitExceeded: 'client',
  MissingParameter: 'client',
  NoSuchProduct: 'client',
  NoSuchVersion: 'client',
  RequestLimitExceeded: 'rate-limit',
  RequestSizeLimitExceeded: 'client',
  ResourceInsufficient: 'unavailable',
  ResourceInUse: 'client',
  ResourceNotFound: 'client',
  ResourceUnavailable: 'unavailable',
  ResponseSizeLimitExceeded: 'client',
  ServiceUnavailable: 'unavailable',
  UnauthorizedOperation: 'permission',
  UnknownParameter: 'client',
  UnsupportedOperation: 'client',
  UnsupportedProtocol: 'client',
  UnsupportedRegion: 'client',
}

/** Sub-codes whose class is not their family's. */
const CODES: Readonly<Record<string, ErrorClass>> = {
  'AuthFailure.MFAFailure': 'permission',
  'AuthFailure.UnauthorizedOperation': 'permission',
  // The legacy endpoint reports refused keys under InvalidParameter and InvalidRequest.
  'InvalidParameter.SignatureFailure': 'keys-refused',
  'InvalidParameter.SecretIdNotFound': 'keys-refused',
  'InvalidRequest.TokenCheckFailed': 'keys-refused',
  'InvalidRequest.ReplayAttack': 'keys-refused',
  'InvalidRequest.MFACheckFailed': 'permission',
  'InvalidRequest.Forbidden': 'permission',
  'InvalidRequest.LimitExceeded': 'rate-limit',
  'InvalidRequest.RequestConcurrencyExceeded': 'rate-limit',
  'InvalidAction.ActionUnavailable': 'unavailable',
}

function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

export function errorClassOf(code: string): ErrorClass {
  return own(CODES, code) ?? own(FAMILIES, code.split('.')[0] ?? '') ?? 'unknown'
}
