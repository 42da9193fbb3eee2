import { describe, expect, it } from 'vitest'
import { trustedPeers } from './trusted-peer.js'

describe('trustedPeers', () => {
  it.each<[string[], string | undefined, boolean]>([
    [['10.0.0.5'], '10.0.0.5', true],
    [['10.0.0.5'], '10.0.0.6', false],
    [['10.0.0.5'], '::ffff:10.0.0.5', true],
    [['10.0.0.0/24'], '10.0.0.200', true],
    [['10.0.0.0/24'], '10.0.1.1', false],
    [['loopback'], '127.0.0.1', true],
    [['loopback'], '::1', true],
    [['loopback'], '192.168.1.1', false],
    [['uniquelocal'], '172.20.3.4', true],
    [['uniquelocal'], '8.8.8.8', false],
    [['fd00::/8'], 'fd12::1', true],
    [['fd00::/8'], 'fe80::1', false],
    [['10.0.0.5'], undefined, false],
    [['10.0.0.5'], 'not-an-address', false],
  ])('trusting %j, a peer at %s is trusted: %s', (entries, address, trusted) => {
    expect(trustedPeers(entries)(address)).toBe(trusted)
  })
})
