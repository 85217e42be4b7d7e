import type { ServerResponse } from 'node:http'
import zlib from 'node:zlib'

import Negotiator from 'negotiator'
import { LRUCache } from 'lru-cache'

/**
 * Whether a client takes gzip, by `negotiator` (q-values, `*`, `identity;q=0` handled). Browsers
 * send a handful of distinct headers, so the answers are remembered per header value.
 */
const decided = new LRUCache<string, boolean>({ max: 256 })

export const acceptsGzip = (header: string | string[] | undefined): boolean => {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '')
  if (!value) return false
  let answer = decided.get(value)
  if (answer === undefined) {
    answer =
      new Negotiator({ headers: { 'accept-encoding': value } }).encoding(['gzip', 'identity']) === 'gzip'
    decided.set(value, answer)
  }
  return answer
}

/** The body gzipped when the client takes it and it is worth it (`minBytes`). */
export const compress = (res: ServerResponse, body: Buffer, gzip: boolean, minBytes: number): Buffer => {
  res.setHeader('vary', 'Accept-Encoding')
  if (!gzip || body.length < minBytes) return body
  res.setHeader('content-encoding', 'gzip')
  return zlib.gzipSync(body)
}
