/**
 * Whether the connection comes from one of TRUST_PROXY's addresses: the auth proxy in front. Only then is the
 * user header believed; from anywhere else it could be written by the client itself.
 */
import { BlockList, isIP } from 'node:net'

/** proxy-addr's named ranges, which TRUST_PROXY also accepts. */
const NAMED: Record<string, readonly [string, number, 'ipv4' | 'ipv6'][]> = {
  loopback: [
    ['127.0.0.1', 8, 'ipv4'],
    ['::1', 128, 'ipv6'],
  ],
  linklocal: [
    ['169.254.0.0', 16, 'ipv4'],
    ['fe80::', 10, 'ipv6'],
  ],
  uniquelocal: [
    ['10.0.0.0', 8, 'ipv4'],
    ['172.16.0.0', 12, 'ipv4'],
    ['192.168.0.0', 16, 'ipv4'],
    ['fc00::', 7, 'ipv6'],
  ],
}

function familyOf(address: string): 'ipv4' | 'ipv6' {
  return isIP(address) === 6 ? 'ipv6' : 'ipv4'
}

/** A `::ffff:10.0.0.1` peer (an IPv4 client on a dual-stack socket) is the IPv4 address it carries. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  return mapped?.[1] ?? address
}

/** Entries as config/shared-settings.ts checked them: addresses, CIDRs and the three names. */
export function trustedPeers(entries: readonly string[]): (address: string | undefined) => boolean {
  const list = new BlockList()
  for (const entry of entries) {
    const named = NAMED[entry]
    if (named) {
      for (const [network, bits, family] of named) list.addSubnet(network, bits, family)
      continue
    }
    const [address = '', bits] = entry.split('/')
    const host = plain(address)
    if (bits === undefined) list.addAddress(host, familyOf(host))
    else list.addSubnet(host, Number(bits), familyOf(host))
  }
  return (address) => {
    if (address === undefined || isIP(plain(address)) === 0) return false
    const host = plain(address)
    return list.check(host, familyOf(host))
  }
}
