/** The part of autocannon 9's API the bench uses (the package ships no types). */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  export interface RequestSpec {
    method?: string
    path?: string
    headers?: Record<string, string>
    setupRequest?: (request: RequestSpec, context: Record<string, unknown>) => RequestSpec
    onResponse?: (
      status: number,
      body: string,
      context: Record<string, unknown>,
      headers: Record<string, string | string[]>,
    ) => void
  }

  export interface Options {
    url: string
    connections?: number
    duration?: number
    requests?: RequestSpec[]
  }

  export interface Result {
    requests: { total: number }
    duration: number
    errors: number
    timeouts: number
  }

  export interface Instance extends EventEmitter, PromiseLike<Result> {
    on(
      event: 'response',
      listener: (client: unknown, status: number, bytes: number, ms: number) => void,
    ): this
    on(event: 'reqError', listener: (error: NodeJS.ErrnoException) => void): this
  }

  export default function autocannon(options: Options): Instance
}
