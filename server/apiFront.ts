import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { parse } from 'cookie'

import { clientAddress, type TrustedProxies } from '../lib/net/clientAddress'
import type { ApiLimits } from './apiLimits'
import { sendError } from './json'
import type { SharedRateLimiter } from './rateLimit'

/**
 * Who a request counts against: its credential (an API key or a session, hashed, never kept), or
 * its client address. Any Authorization header or any cookie other than the admin's language
 * counts as a credential: the same allow-list that decides what is public.
 */
const clientKey = (
  req: IncomingMessage,
  trusted: TrustedProxies,
): { key: string; authenticated: boolean } => {
  const cookies = req.headers.cookie ? parse(req.headers.cookie) : {}
  const credential = req.headers.authorization ?? cookies['payload-token']
  if (credential)
    return { key: `c:${createHash('sha256').update(credential).digest('hex')}`, authenticated: true }
  return {
    key: `a:${clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted)}`,
    authenticated: false,
  }
}

/**
 * In front of Payload's API (routes of kind `api` and `graphql`): the shared rate limit (429 with
 * Retry-After past it). Resolves true when it answered.
 */
export const createApiFront =
  ({
    limits,
    limiter,
    trusted,
  }: {
    limits: ApiLimits
    limiter: SharedRateLimiter
    trusted: TrustedProxies
  }) =>
  async (req: IncomingMessage, res: ServerResponse, siteId: string | null): Promise<boolean> => {
    const { key, authenticated } = clientKey(req, trusted)
    const limit = authenticated ? limits.authenticated : limits.anonymous
    const verdict = await limiter.take(`${siteId ?? 'unknown-host'}|${key}`, limit)
    res.setHeader('x-ratelimit-limit', String(limit))
    res.setHeader('x-ratelimit-remaining', String(verdict.remaining))
    if (!verdict.allowed) {
      const retry = String(Math.max(1, Math.ceil(verdict.resetMs / 1000)))
      sendError(
        res,
        429,
        `too many requests: at most ${limit} per ${limits.windowSeconds} s; retry in ${retry} s`,
        {
          'retry-after': retry,
        },
      )
      return true
    }
    return false
  }
