/**
 * How a DescribeImages parse refuses a call: it throws a Refusal carrying the Tencent error code, and `settle`
 * turns it into a RequestError, so every rule can stop at the first problem the way the real endpoint does.
 */
export interface RequestError {
  code: string
  message: string
}

export class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export const refuse = (code: string, message: string): never => {
  throw new Refusal(code, message)
}

export const missing = (name: string): never =>
  refuse('MissingParameter', `The request is missing the parameter ${quote(name)}.`)

/** Echoes caller input in messages, cut short so a huge value cannot blow up a response or a log line. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
}

/** Runs a parse that refuses by throwing, and turns a refusal into its error; anything else is a bug. */
export function settle<T>(parse: () => T): { ok: true; request: T } | { ok: false; error: RequestError } {
  try {
    return { ok: true, request: parse() }
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: { code: error.code, message: error.message } }
    throw error
  }
}
