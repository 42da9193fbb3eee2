/**
 * Tencent's error codes, each with its class: what kind of failure it is, whoever meets it. The proxy derives
 * its HTTP status and whether to retry from the class, the web its explanation. Two families share one table:
 * API 3.0's common codes (https://www.tencentcloud.com/document/product/1209/56023) and those of the 2017-03-12
 * legacy endpoint (https://github.com/tencentyun/qcloud-documents/blob/master/api/计算与网络/云服务器/调用方式/返回值/错误码_new.md),
 * plus those of DescribeImages, DescribeInstances and DescribeImageSharePermission (https://cloud.tencent.com/document/api/213/15715,
 * 213/15728, 213/15712) and the proxy's `ProxyError.*`.
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
 * - unavailable: Tencent's side (or the way to it) failed or is busy.
 * - unknown: a code this catalogue does not know.
 */
export type ErrorClass = (typeof ERROR_CLASSES)[number]

/** Which endpoint answered: the codes mostly differ, and where one code is in both its meaning can differ. */
export type ApiFamily = 'legacy' | 'v3'

/** A code's family is the text before its first dot; a sub-code not listed here takes its family's class. */
const FAMILIES: Readonly<Record<string, ErrorClass>> = {
  ActionOffline: 'unavailable',
  AuthFailure: 'keys-refused',
  DryRunOperation: 'client',
  FailedOperation: 'unknown',
  InternalError: 'unavailable',
  // DescribeInstances' own name for it (the Go SDK's error list).
  InternalServerError: 'unavailable',
  InvalidAction: 'client',
  InvalidFilter: 'client',
  InvalidFilterValue: 'client',
  InvalidAccountId: 'client',
  InvalidImageId: 'client',
  InvalidInstanceId: 'client',
  InvalidInstanceType: 'client',
  InvalidParameter: 'client',
  InvalidParameterValue: 'client',
  InvalidRegion: 'client',
  InvalidRequest: 'client',
  InvalidZone: 'client',
  IpInBlacklist: 'permission',
  IpNotInWhitelist: 'permission',
  LimitExceeded: 'rate-limit',
  MissingParameter: 'client',
  NoSuchProduct: 'client',
  NoSuchVersion: 'client',
  ProxyError: 'unavailable',
  RequestLimitExceeded: 'rate-limit',
  RequestSizeLimitExceeded: 'client',
  ResourceInsufficient: 'unavailable',
  ResourceInUse: 'client',
  ResourceNotFound: 'client',
  ResourcesSoldOut: 'client',
  ResourceUnavailable: 'unavailable',
  ResponseSizeLimitExceeded: 'client',
  ServiceUnavailable: 'unavailable',
  UnauthorizedOperation: 'permission',
  UnknownParameter: 'client',
  UnsupportedOperation: 'client',
  UnsupportedProtocol: 'client',
  UnsupportedRegion: 'client',
}

/** Sub-codes whose class is not their family's, in either family. */
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
  // DescribeImages' own limits on values, not call rates.
  'InvalidFilterValue.LimitExceeded': 'client',
  'InvalidParameterValue.LimitExceeded': 'client',
  // DescribeImageSharePermission on a public or shared image: the image, not the keys, is the problem.
  'UnauthorizedOperation.ImageNotBelongToAccount': 'client',
  // The proxy's own answers: a reply it could not use is not a passing fault.
  'ProxyError.BadUpstreamResponse': 'unknown',
  'ProxyError.Busy': 'rate-limit',
  // No sign-in, or one that has ended: trying again unchanged cannot help; signing in again does.
  'ProxyError.SignInRequired': 'client',
}

/**
 * Where the legacy endpoint means something else by the same code: its bare `AuthFailure` is "the sub-account
 * is not authorised by the main account to access the API", a permission problem
 * (https://www.tencentcloud.com/document/api/213/10146), while 3.0 only sends AuthFailure.* for refused keys.
 */
const LEGACY_CODES: Readonly<Record<string, ErrorClass>> = {
  AuthFailure: 'permission',
}

function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

export function errorClassOf(code: string, family: ApiFamily = 'v3'): ErrorClass {
  const legacy = family === 'legacy' ? own(LEGACY_CODES, code) : undefined
  return legacy ?? own(CODES, code) ?? own(FAMILIES, code.split('.')[0] ?? '') ?? 'unknown'
}
