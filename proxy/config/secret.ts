import { inspect } from 'node:util'

const REDACTED = '[redacted]'

/**
 * A secret string (secret key, session token, Basic auth password) that cannot be printed by accident:
 * string conversion, JSON and util.inspect all show `[redacted]`. Only `reveal()` gives the value.
 */
export class Secret {
  readonly #value: string

  constructor(value: string) {
    this.#value = value
  }

  reveal(): string {
    return this.#value
  }

  toString(): string {
    return REDACTED
  }

  toJSON(): string {
    return REDACTED
  }

  [inspect.custom](): string {
    return REDACTED
  }
}

/** A key pair as the signers use it: the secret parts wrapped so they cannot be printed. */
export interface Credentials {
  secretId: string
  secretKey: Secret
  token: Secret | null
}
