/**
 * How long a DescribeImages answer counts as fresh, shared by both sides of the proxy: the proxy keeps an
 * answer this long by default (CACHE_TTL_MS), so the browser asks no sooner for the same call.
 */
export const ANSWER_FRESH_MS = 30_000
