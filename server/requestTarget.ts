/**
 * The request target as every check and Next.js will see it. A path is percent-decoded once,
 * segment by segment; one that could mean two different things is refused before any check runs:
 * dot segments (`/x/../api`, `%2e%2e`), encoded or back slashes (`%2f`, `%5c`, `\`), control
 * characters, malformed escapes (400). Empty segments (`//`) are folded by a redirect for reads
 * and refused for writes. So the path the server layer matches is the path Next routes.
 */
export type RequestTarget = {
  /** Decoded, normalised path: `/tin-tuc/đường-làng`. */
  pathname: string
  /** The query as sent, with its `?`, or ''. */
  search: string
}

export type TargetVerdict =
  | { ok: true; target: RequestTarget }
  | { ok: false; status: 400; message: string }
  | { ok: false; status: 308; location: string }

const refuse = (message: string): TargetVerdict => ({ ok: false, status: 400, message })

const CONTROL = /[\u0000-\u001f\u007f]/

export const parseRequestTarget = (rawUrl: string, method: string): TargetVerdict => {
  if (!rawUrl.startsWith('/')) return refuse('the request target must be a path starting with /')
  const queryAt = rawUrl.indexOf('?')
  const rawPath = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt)
  const search = queryAt === -1 ? '' : rawUrl.slice(queryAt)
  if (rawPath.includes('\\')) return refuse('backslashes are not allowed in paths')
  if (CONTROL.test(rawUrl)) return refuse('control characters are not allowed in the address')

  const rawSegments = rawPath.split('/').slice(1)
  const decoded: string[] = []
  let emptyInside = false
  for (let index = 0; index < rawSegments.length; index += 1) {
    const raw = rawSegments[index]
    if (raw === '' && index < rawSegments.length - 1) {
      emptyInside = true
      continue
    }
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return refuse('malformed percent-encoding in the path')
    }
    if (segment === '.' || segment === '..') return refuse('dot segments (. and ..) are not allowed in paths')
    if (segment.includes('/') || segment.includes('\\'))
      return refuse('encoded slashes are not allowed in paths')
    if (CONTROL.test(segment)) return refuse('control characters are not allowed in paths')
    decoded.push(segment)
  }
  if (emptyInside) {
    if (method !== 'GET' && method !== 'HEAD') return refuse('empty path segments (//) are not allowed')
    // `//evil.example` folds to `/evil.example`: always a path on this site, never another host.
    const folded = `/${rawSegments.filter((segment, index) => segment !== '' || index === rawSegments.length - 1).join('/')}`
    return { ok: false, status: 308, location: `${folded.replace(/^\/+/, '/')}${search}` }
  }
  return { ok: true, target: { pathname: `/${decoded.join('/')}`, search } }
}
