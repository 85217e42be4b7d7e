import { isIP } from 'node:net'

import proxyaddr from 'proxy-addr'

/** Which peers' `X-Forwarded-For` is believed (a compiled `proxy-addr` trust function). */
export type TrustedProxies = (address: string, hop: number) => boolean

/** `::ffff:203.0.113.7` (IPv4 seen on an IPv6 socket) is `203.0.113.7`. */
const normalize = (address: string): string => {
  const trimmed = address.trim()
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed
}

/**
 * The proxies whose `X-Forwarded-For` is believed: TRUSTED_PROXIES, comma-separated addresses,
 * CIDR ranges or `proxy-addr`'s names (`loopback`, `linklocal`, `uniquelocal`), e.g.
 * `127.0.0.1,::1` or `loopback` behind a local nginx. Empty by default: the socket's address is
 * the client's. A malformed entry stops the server at start (proxy-addr throws).
 */
export const trustedProxies = (env: Record<string, string | undefined> = process.env): TrustedProxies =>
  proxyaddr.compile(
    (env.TRUSTED_PROXIES ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )

/**
 * The client's address (`proxy-addr`): `X-Forwarded-For` is read only when the socket peer is a
 * trusted proxy, and then from the nearest hop backwards: the first address that is not one of
 * our proxies is the client (what a client writes further left cannot be trusted).
 */
export const clientAddress = (
  socketAddress: string | undefined,
  forwardedFor: string | string[] | null | undefined,
  trusted: TrustedProxies,
): string => {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? undefined)
  const request = {
    connection: { remoteAddress: socketAddress ?? '' },
    socket: { remoteAddress: socketAddress ?? '' },
    headers: header ? { 'x-forwarded-for': header } : {},
  }
  const socket = normalize(socketAddress ?? '')
  try {
    const address = normalize(proxyaddr(request as unknown as Parameters<typeof proxyaddr>[0], trusted))
    // A forwarded hop that is not an address: the socket's peer is the client.
    return isIP(address) ? address : socket
  } catch {
    return socket
  }
}

/**
 * The client's address as the server layer resolved it, handed to Payload (the audit log) on
 * every request it passes on; whatever a client sends under this name is replaced.
 */
export const CLIENT_ADDRESS_HEADER = 'x-ntm-client-address'
