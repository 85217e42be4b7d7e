/** `::ffff:203.0.113.7` (IPv4 seen on an IPv6 socket) is `203.0.113.7`. */
const normalize = (address: string): string => {
  const trimmed = address.trim()
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed
}

/**
 * The proxies whose `X-Forwarded-For` is believed: TRUSTED_PROXIES, comma-separated addresses
 * (e.g. `127.0.0.1,::1` behind a local nginx). Empty by default: the socket address is the client.
 */
export const trustedProxies = (env: Record<string, string | undefined> = process.env): Set<string> =>
  new Set((env.TRUSTED_PROXIES ?? '').split(',').map(normalize).filter(Boolean))

/**
 * The client's address. `X-Forwarded-For` is read only when the socket peer is a trusted
 * proxy, and then from the nearest hop backwards: the first address that is not one of our
 * proxies is the client (what a client writes further left cannot be trusted).
 */
export const clientAddress = (
  socketAddress: string | undefined,
  forwardedFor: string | string[] | null | undefined,
  trusted: Set<string>,
): string => {
  let address = normalize(socketAddress ?? '')
  if (!trusted.has(address) || !forwardedFor) return address
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map(normalize)
    .filter(Boolean)
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    address = hops[index]
    if (!trusted.has(address)) return address
  }
  return address
}
