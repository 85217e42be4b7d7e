import type { IncomingMessage, ServerResponse } from 'node:http'

import getRawBody from 'raw-body'

import { trustedProxies } from '../lib/net/clientAddress'
import { MAX_BEACON_BYTES } from '../lib/stats/beacon'
import { type BeaconRequest, handleBeacon, handleSummary, type JsonAnswer } from '../lib/stats/ingest'
import { statsService } from '../lib/stats/service'
import { log } from '../lib/log'

/** The body, or null when it is over the limit (declared or counted: the rest is never read). */
const readBody = async (req: IncomingMessage, limit: number): Promise<Buffer | null> => {
  try {
    return await getRawBody(req, { limit, length: req.headers['content-length'] })
  } catch (error) {
    if ((error as { type?: string }).type === 'entity.too.large') {
      req.resume()
      return null
    }
    throw error
  }
}

const send = (req: IncomingMessage, res: ServerResponse, answer: JsonAnswer) => {
  const body = answer.body === undefined ? '' : JSON.stringify(answer.body)
  res.writeHead(answer.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...answer.headers,
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/**
 * The statistics endpoints (routes of kind `stats`), answered by the server layer outside
 * Next.js: Next's request pipeline caps a route near 500 requests/s on these machines, below the
 * beacon's 2000 hits/s target. Same handlers as the Payload endpoints `next dev` uses.
 */
export const createStatsEndpoints = async () => {
  const service = await statsService()
  const trusted = trustedProxies()
  /**
   * `site`: the statistics' key of the site the request is for (the sum of all for the province's
   * figures); `placeOf`: where a page path of a beacon belongs (server/sites/routing.ts).
   */
  const handle = (
    pathname: string,
    site: string,
    placeOf: BeaconRequest['placeOf'],
    req: IncomingMessage,
    res: ServerResponse,
  ): void => {
    if (pathname.endsWith('/hit')) {
      readBody(req, MAX_BEACON_BYTES)
        .then((body) =>
          handleBeacon(service, {
            method: req.method ?? 'GET',
            headers: req.headers,
            body,
            socketAddress: req.socket.remoteAddress,
            trustedProxies: trusted,
            placeOf,
          }),
        )
        .then((answer) => send(req, res, answer))
        .catch((error: unknown) => {
          log.error({ err: error, msg: 'statistics: could not read a beacon' })
          if (!res.headersSent) send(req, res, { status: 400, body: { error: 'could not read the beacon' } })
        })
      return
    }
    handleSummary(service, req.method ?? 'GET', site).then((answer) => send(req, res, answer))
  }
  return { handle, close: () => service.close() }
}
