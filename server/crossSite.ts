import type { IncomingHttpHeaders } from 'node:http'

import { normalHost } from '../lib/sites/directory'

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Cross-site request forgery: a write that carries cookies (a signed-in editor's session rides
 * along on any form another site submits) must come from a page of the host it is sent to, or
 * from an origin the operator listed (CORS_ORIGINS). Browsers say where a request comes from in
 * `Origin` (every POST, and every cross-origin request) and `Sec-Fetch-Site`; a request with
 * neither is not a browser's and carries no ambient session. Writes signed with a header
 * (`Authorization`) are not ambient and pass.
 *
 * Decided here, for every host of every site, rather than by Payload's `csrf` list: that list is
 * fixed at start and would refuse the hosts of sites added later.
 */
export const crossSiteWrite = (
  method: string,
  headers: IncomingHttpHeaders,
  allowedOrigins: readonly string[],
): boolean => {
  if (SAFE_METHODS.has(method) || !headers.cookie?.trim()) return false
  const origin = headers.origin
  if (origin === undefined) return headers['sec-fetch-site'] === 'cross-site'
  if (allowedOrigins.includes(origin)) return false
  let from: string
  try {
    from = new URL(origin).host
  } catch {
    return true // "null" (a sandboxed frame, a file) or garbage
  }
  return !from || normalHost(from) !== normalHost(headers.host ?? '')
}
