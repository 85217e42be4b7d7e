import type { IncomingMessage, ServerResponse } from 'node:http'

import etag from 'etag'

import { notModified } from './notModified'
/**
 * The finishing of an API read's answer. A public one (anonymous request, 200, JSON) gets
 * `Cache-Control: public, max-age=60` and an ETag (`etag`), and 304 when the client has it
 * (`fresh`); nothing else is ever marked public. A 429 from Payload (a partner's daily limit)
 * gets its `Retry-After` from the error's data.
 */
export const finishApiRead = (
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  anonymous: boolean,
): Buffer => {
  if (res.statusCode === 429 && !res.getHeader('retry-after')) {
    try {
      const seconds = JSON.parse(body.toString('utf8')).errors?.[0]?.data?.retryAfterSeconds
      if (seconds) res.setHeader('retry-after', String(seconds))
    } catch {
      // Not JSON: nothing to read.
    }
    return body
  }
  const type = String(res.getHeader('content-type') ?? '')
  // GraphQL answers its errors with 200: an answer with errors is never shared.
  const graphqlErrors = body.subarray(0, 12).toString('utf8').startsWith('{"errors"')
  if (res.statusCode !== 200 || !type.includes('json') || !anonymous || graphqlErrors) {
    if (!anonymous) res.setHeader('cache-control', 'private, no-store')
    return body
  }
  const tag = etag(body, { weak: true })
  res.setHeader('etag', tag)
  res.setHeader('cache-control', 'public, max-age=60')
  if (notModified(req, tag)) {
    res.statusCode = 304
    res.removeHeader('content-type')
    return Buffer.alloc(0)
  }
  return body
}
