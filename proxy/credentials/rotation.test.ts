/**
 * Rotation under steady load: keys that live 5 seconds, requests every 40 ms for as long as 20 rotations take,
 * no cache. Not one request may fail, and the emulator, which refuses a key from the moment it expires and
 * counts every use, must record each call as signed with a key valid when it arrived.
 */
import { setTimeout as delay } from 'node:timers/promises'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { scanForSecretsAfterAll, startTestApp } from '../test-support/harness.js'
import {
  type IdentityEmulator,
  issuedSecrets,
  roleConfig,
  startIdentityEmulator,
} from '../test-support/identity-fixtures.js'

const KEY_LIFETIME_S = 5
const ROTATIONS = 20
const INTERVAL_MS = 40

let identity: IdentityEmulator
beforeAll(async () => {
  identity = await startIdentityEmulator(KEY_LIFETIME_S)
})
afterAll(() => identity.emulator.close())
scanForSecretsAfterAll(() => issuedSecrets([identity]))

it(`rotates 5-second keys ${ROTATIONS}+ times under steady load without failing a request`, async () => {
  const { app, inject } = await startTestApp(roleConfig('cvm-role', identity, { CACHE_TTL_MS: '0' }))
  const keys = identity.emulator.identity.keys
  const statuses = new Map<number, number>()
  const calls: Promise<void>[] = []
  const usedKeys = () => keys.issued().filter((key) => key.accepted > 0).length
  const deadline = Date.now() + 45_000
  try {
    for (let call = 0; usedKeys() <= ROTATIONS && Date.now() < deadline; call++) {
      calls.push(
        inject(`/api/DescribeImages?Limit=1&Offset=${call % 100}`).then((answer) => {
          statuses.set(answer.statusCode, (statuses.get(answer.statusCode) ?? 0) + 1)
        }),
      )
      await delay(INTERVAL_MS)
    }
    await Promise.all(calls)
  } finally {
    await app.close()
  }
  const issued = keys.issued()
  const accepted = issued.reduce((sum, key) => sum + key.accepted, 0)
  const refused = issued.reduce((sum, key) => sum + key.refused, 0)
  console.log(
    `rotation: ${usedKeys() - 1} rotations of ${KEY_LIFETIME_S} s keys, ${calls.length} requests, ` +
      `${accepted} accepted by the emulator, ${refused} refused, statuses ${JSON.stringify([...statuses])}`,
  )
  expect(usedKeys() - 1).toBeGreaterThanOrEqual(ROTATIONS)
  expect([...statuses]).toEqual([[200, calls.length]])
  expect(refused).toBe(0)
  expect(accepted).toBe(calls.length)
}, 60_000)
