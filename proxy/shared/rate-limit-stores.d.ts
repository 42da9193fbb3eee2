/** Types for @fastify/rate-limit's two stores, which the package ships without declarations. */
declare module '@fastify/rate-limit/store/*.js' {
  type Counted = { current: number; ttl: number }
  type Done = (error: Error | null, result: Counted | null) => void
  export default class Store {
    constructor(
      continueExceeding: boolean,
      exponentialBackoff: boolean,
      redisOrCacheSize?: unknown,
      key?: string,
    )
    incr(key: string, done: Done, timeWindow: number, max: number): void
  }
}
