import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { clientAddress, trustedProxies } from '../net/clientAddress'
import { RateLimiter } from './rateLimit'

export type ApiLimits = { anonymous: number; authenticated: number; windowSeconds: number }

/** From the environment: API_RATE_LIMIT (300), API_RATE_LIMIT_AUTHENTICATED (1200), API_RATE_WINDOW_SECONDS (60). */
export const apiLimits = (env: NodeJS.ProcessEnv = process.env): ApiLimits => ({
  anonymous: Number(env.API_RATE_LIMIT) || 300,
  authenticated: Number(env.API_RATE_LIMIT_AUTHENTICATED) || 1200,
  windowSeconds: Number(env.API_RATE_WINDOW_SECONDS) || 60,
})

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  })
  res.end(text)
}

/** Paths, and path prefixes ending in '/', outside the limit (`/api/stats-counters` is inside). */
const UNLIMITED = ['/api/stats', '/api/stats/hit', '/api/payload-jobs/', '/api/media/file/']
const isUnlimited = (url: string) => {
  const pathname = url.split('?')[0]
  return UNLIMITED.some((entry) => (entry.endsWith('/') ? pathname.startsWith(entry) : pathname === entry))
}

/** Who a request counts against: an API key or session (hashed, never kept), or the address. */
const clientKey = (req: IncomingMessage, trusted: Set<string>): { key: string; authenticated: boolean } => {
  const credential =
    req.headers.authorization ?? /(?:^|;\s*)payload-token=([^;]+)/.exec(req.headers.cookie ?? '')?.[1]
  if (credential)
    return { key: `c:${createHash('sha256').update(credential).digest('hex')}`, authenticated: true }
  return {
    key: `a:${clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted)}`,
    authenticated: false,
  }
}

/**
 * In front of Payload's API (scripts/serve.mjs), in one place: a rate limit per client (429
 * with Retry-After past it) and the one malformed query Payload answers with 500 before any
 * hook runs (`where` given as a plain string). Everything else about queries is checked by
 * hooks/apiQueryGuard.ts, inside Payload.
 */
export const createApiFront = (limits: ApiLimits = apiLimits()) => {
  const limiter = new RateLimiter(limits.windowSeconds * 1000)
  const trusted = trustedProxies()
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url ?? '/'
    // Not limited here: the statistics (their own per-visitor cap), the job runner (the server
    // itself), and image files (Next's image optimiser fetches them over loopback for readers).
    if (!url.startsWith('/api/') || isUnlimited(url)) return false
    const { key, authenticated } = clientKey(req, trusted)
    const limit = authenticated ? limits.authenticated : limits.anonymous
    const verdict = limiter.take(key, limit)
    res.setHeader('x-ratelimit-limit', String(limit))
    res.setHeader('x-ratelimit-remaining', String(verdict.remaining))
    if (!verdict.allowed) {
      const retry = String(Math.max(1, Math.ceil(verdict.resetMs / 1000)))
      json(
        res,
        429,
        {
          errors: [
            {
              message: `too many requests: at most ${limit} per ${limits.windowSeconds} s; retry in ${retry} s`,
            },
          ],
        },
        { 'retry-after': retry },
      )
      return true
    }
    const query = new URLSearchParams(url.split('?')[1] ?? '')
    if (query.has('where')) {
      json(res, 400, {
        errors: [{ message: 'where must be an object, such as where[title][like]=nông thôn' }],
      })
      return true
    }
    return false
  }
}
