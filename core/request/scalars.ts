/**
 * The query or form of an action whose parameters are all plain names (DescribeImageSharePermission,
 * DescribeImageQuota): each name once, none empty, none unknown, refused with the codes DescribeImages uses.
 */
import type { ParamList } from './params.js'
import { quote, refuse } from './refusal.js'

/** Action, Version and Region, which every action takes. */
const COMMON = ['Action', 'Version', 'Region']

export function readScalars(
  params: ParamList,
  names: readonly string[],
  extra: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const allowed = new Set([...COMMON, ...names])
  const scalars = new Map<string, string>()
  const seen = new Set<string>()
  for (const [key, value] of params) {
    if (seen.has(key)) refuse('InvalidParameter', `The parameter ${quote(key)} is given more than once.`)
    seen.add(key)
    if (extra.has(key)) continue
    if (!allowed.has(key)) refuse('UnknownParameter', `The parameter ${quote(key)} is not recognized.`)
    if (value === '') refuse('InvalidParameterValue', `The parameter ${quote(key)} must not be empty.`)
    scalars.set(key, value)
  }
  return scalars
}
