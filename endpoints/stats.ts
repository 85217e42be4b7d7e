import type { Endpoint, PayloadRequest } from 'payload'

import { trustedProxies } from '../lib/net/clientAddress'
import { DEFAULT_SITE_ID } from '../lib/sites'
import { MAX_BEACON_BYTES } from '../lib/stats/beacon'
import { handleBeacon, handleSummary, type Headers, type JsonAnswer } from '../lib/stats/ingest'
import { statsService } from '../lib/stats/service'

const toResponse = (answer: JsonAnswer): Response =>
  Response.json(answer.body ?? null, { status: answer.status, headers: answer.headers })

const headersOf = (req: PayloadRequest): Headers => Object.fromEntries(req.headers.entries())

const readBody = async (req: PayloadRequest): Promise<Buffer | null> => {
  if (Number(req.headers.get('content-length')) > MAX_BEACON_BYTES) return null
  const body = req.arrayBuffer ? Buffer.from(await req.arrayBuffer()) : Buffer.alloc(0)
  return body.length > MAX_BEACON_BYTES ? null : body
}

/**
 * The same statistics endpoints inside Next.js, for `next dev` and a bare `next start`;
 * The production server (server/statsEndpoints.ts) answers these paths before Next sees them. Next has no socket address to
 * give a route: it puts the peer's address last in X-Forwarded-For, which is read as the socket.
 */
export const statsEndpoints: Endpoint[] = [
  {
    path: '/stats/hit',
    method: 'post',
    handler: async (req) => {
      const headers = headersOf(req)
      const hops = String(headers['x-forwarded-for'] ?? '').split(',')
      const peer = hops.pop()?.trim()
      return toResponse(
        await handleBeacon(await statsService(), {
          method: 'POST',
          headers: { ...headers, 'x-forwarded-for': hops.join(',') || undefined },
          body: await readBody(req),
          socketAddress: peer,
          trustedProxies: trustedProxies(),
          // `next dev` and a bare `next start` count every page under the default site.
          placeOf: (path) => ({ site: DEFAULT_SITE_ID, path }),
        }),
      )
    },
  },
  {
    path: '/stats',
    method: 'get',
    handler: async () => toResponse(await handleSummary(await statsService(), 'GET')),
  },
]
