import type { IncomingMessage, ServerResponse } from 'node:http'

import { trustedProxies } from '../net/clientAddress'
import { MAX_BEACON_BYTES } from './beacon'
import { handleBeacon, handleSummary, type JsonAnswer } from './ingest'
import { statsService } from './service'

import { HIT_PATH_PUBLIC, SUMMARY_PATH_PUBLIC } from './publicPaths'

/** The body, or null as soon as it is known to be over the limit (the rest is not read). */
const readBody = (req: IncomingMessage, limit: number): Promise<Buffer | null> =>
  new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > limit) return resolve(null)
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.resume()
        resolve(null)
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

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
 * The statistics endpoints served straight from Node's HTTP server (scripts/serve.mjs), outside
 * Next.js: Next's request pipeline caps a route near 500 requests/s on these machines, below the
 * beacon's 2000 hits/s target. Same handlers as the Payload endpoints `next dev` uses.
 */
export const createStatsHttpHandler = async () => {
  const service = await statsService()
  const trusted = trustedProxies()
  const handler = (req: IncomingMessage, res: ServerResponse): boolean => {
    const pathname = (req.url ?? '/').split('?')[0]
    if (pathname === HIT_PATH_PUBLIC) {
      readBody(req, MAX_BEACON_BYTES)
        .then((body) =>
          handleBeacon(service, {
            method: req.method ?? 'GET',
            headers: req.headers,
            body,
            socketAddress: req.socket.remoteAddress,
            trustedProxies: trusted,
          }),
        )
        .then((answer) => send(req, res, answer))
        .catch((error) => {
          console.error(error)
          if (!res.headersSent) send(req, res, { status: 400, body: { error: 'could not read the beacon' } })
        })
      return true
    }
    if (pathname === SUMMARY_PATH_PUBLIC) {
      handleSummary(service, req.method ?? 'GET').then((answer) => send(req, res, answer))
      return true
    }
    return false
  }
  return { handler, close: () => service.close() }
}
