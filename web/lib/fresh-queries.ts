import type { QueryClient, QueryKey } from '@tanstack/react-query'

/**
 * Refresh marks every Tencent answer held in the query cache (every query keyed by an action name: `Describe…`)
 * so that its next fetch goes past the proxy's cache to the upstream; each fetcher takes its own mark.
 */
const marked = new Set<string>()

const isAnswer = (key: QueryKey) => typeof key[0] === 'string' && key[0].startsWith('Describe')

/** Whether the query with this key was marked by a Refresh; the mark is used up. */
export function takeFresh(key: QueryKey): boolean {
  return marked.delete(JSON.stringify(key))
}

/**
 * Refresh: every answer held here is marked and invalidated; what is on screen refetches now (past the proxy's
 * cache), the rest when next needed.
 */
export async function refreshAnswers(client: QueryClient): Promise<void> {
  for (const query of client.getQueryCache().findAll({ predicate: (query) => isAnswer(query.queryKey) })) {
    marked.add(JSON.stringify(query.queryKey))
  }
  await client.invalidateQueries({ predicate: (query) => isAnswer(query.queryKey) })
}
