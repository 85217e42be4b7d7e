import { parse } from 'cookie'
import type { IncomingHttpHeaders } from 'node:http'

/**
 * Cookies that change nothing a reader is sent: the admin's language choice. Any other cookie,
 * whatever its name or spelling (`payload-token`, ` payload-token `, a draft-mode cookie, one we
 * have never heard of), makes the request personal.
 */
export const HARMLESS_COOKIES: ReadonlySet<string> = new Set(['payload-lng'])

/**
 * Whether an answer to this request may be shared with anyone: kept in memory, sent from there,
 * or marked `public`. Only a request with no `Authorization` header and no cookie outside the
 * allow-list; everything else goes to Next untouched and is never stored. The cookie header is
 * parsed with `cookie` (the parser Payload's own stack agrees with), never matched by a pattern.
 */
export const isAnonymous = (headers: IncomingHttpHeaders): boolean => {
  if (headers.authorization !== undefined) return false
  const header = headers.cookie
  if (header === undefined || header.trim() === '') return true
  // Every `name=` pair, even ones the parser would drop as malformed, must be harmless.
  const pairs = header.split(';').filter((pair) => pair.trim() !== '')
  const parsed = parse(header)
  const names = Object.keys(parsed)
  if (names.length !== pairs.length) return false
  return names.every((name) => HARMLESS_COOKIES.has(name))
}
