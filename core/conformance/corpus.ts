/**
 * The conformance corpus: the example answers of Tencent's documentation, one JSON file each in this folder,
 * with where they come from. Tests replay them through the proxy's answer handling and the web's image model,
 * so both read what the real API is documented to send. Read from disk: for tests only.
 */
import { readdirSync, readFileSync } from 'node:fs'
import type { ApiFamily } from '../errors.js'

export interface DocumentedAnswer {
  /** The file's name, e.g. `v3-describe-images-by-id.json`. */
  name: string
  /** Where the example is published. */
  source: string
  family: ApiFamily
  action: 'DescribeImages' | 'DescribeRegions'
  /** The answer, as documented. */
  answer: { Response: Record<string, unknown> }
}

const folder = new URL('./', import.meta.url)

export function documentedAnswers(): DocumentedAnswer[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, ...JSON.parse(readFileSync(new URL(name, folder), 'utf8')) }))
}

export function documentedAnswer(name: string): DocumentedAnswer {
  const found = documentedAnswers().find((entry) => entry.name === name)
  if (!found) throw new Error(`no documented answer ${name}`)
  return found
}
