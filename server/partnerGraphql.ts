import type { ServerResponse } from 'node:http'

import { secondsToVietnamMidnight } from '../lib/partners/usage'

type GraphqlError = { extensions?: { statusCode?: number; data?: { retryAfterSeconds?: number } } }

/**
 * GraphQL answers every error with 200 and the error inside. For a partner's key that hides the
 * two answers a partner must act on: 403 (the key is disabled) and 429 (the daily limit, with
 * `Retry-After`), as REST gives them. The body is left as GraphQL wrote it.
 */
export const partnerGraphqlStatus = (res: ServerResponse, body: Buffer): Buffer => {
  if (res.statusCode !== 200) return body
  let errors: GraphqlError[] = []
  try {
    errors = (JSON.parse(body.toString('utf8')) as { errors?: GraphqlError[] }).errors ?? []
  } catch {
    return body
  }
  const statuses = errors.map((error) => error.extensions?.statusCode)
  if (statuses.includes(403)) res.statusCode = 403
  else if (statuses.includes(429)) {
    const limited = errors.find((error) => error.extensions?.statusCode === 429)
    res.statusCode = 429
    const seconds = limited?.extensions?.data?.retryAfterSeconds ?? secondsToVietnamMidnight(Date.now())
    res.setHeader('retry-after', String(seconds))
  }
  return body
}
