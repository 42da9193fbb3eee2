/**
 * "Copy as tccli command": the current query in the Tencent CLI's own syntax, `--cli-unfold-argument`
 * form as in its DescribeImages examples (`--Filters.0.Name image-type --Filters.0.Values PRIVATE_IMAGE
 * SHARED_IMAGE`, lists as separate words). tccli calls API 3.0 with the same parameter names.
 */
export interface CliQuery {
  region: string
  imageIds: readonly string[]
  filters: readonly { name: string; values: readonly string[] }[]
  offset: number
  limit: number
  /** API 3.0's InstanceType, when the view has one. */
  instanceType?: string
  /** The view's browser-side filters as URL words (`status=normal`), which DescribeImages cannot express. */
  browserFilters?: readonly string[]
}

/** Words sh, bash and zsh all pass through unchanged (no "=" or "~", which zsh expands); the rest is quoted. */
const PLAIN_WORD = /^[A-Za-z0-9_@+:,./-]+$/

/** One argument for sh, bash or zsh: single-quoted, with each embedded ' written as '\''. */
export function shellQuote(word: string): string {
  if (PLAIN_WORD.test(word)) return word
  return `'${word.replaceAll("'", `'\\''`)}'`
}

/**
 * The command as one line of words, ready to paste into a terminal; when the view also filters in the
 * browser, a comment line first names those filters, since the command's answer does not apply them.
 */
export function formatTccliCommand(query: CliQuery): string {
  const args = ['tccli', 'cvm', 'DescribeImages', '--region', query.region, '--cli-unfold-argument']
  if (query.imageIds.length > 0) args.push('--ImageIds', ...query.imageIds)
  query.filters.forEach((filter, index) => {
    args.push(`--Filters.${index}.Name`, filter.name, `--Filters.${index}.Values`, ...filter.values)
  })
  args.push('--Offset', String(query.offset), '--Limit', String(query.limit))
  if (query.instanceType !== undefined) args.push('--InstanceType', query.instanceType)
  const command = args.map(shellQuote).join(' ')
  const browser = query.browserFilters ?? []
  if (browser.length === 0) return command
  return `# Not applied by this command (DescribeImages has no such filters; the app filters in the browser): ${browser.join(' ')}\n${command}`
}
