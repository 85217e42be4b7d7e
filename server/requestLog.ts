import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Logger } from 'pino'

import { clientAddress, type TrustedProxies } from '../lib/net/clientAddress'

type Placed = { route: string; kind: string; site: string | null }

const placed = new WeakMap<ServerResponse, Placed>()

/** What the request turned out to be, for its log line (set once the route is decided). */
export const placeRequest = (res: ServerResponse, where: Placed): void => {
  placed.set(res, where)
}

/**
 * One JSON line per request when its answer ends (or the client goes away): method, path without
 * its query (searches and tokens stay out of the log), route pattern and kind, site, status,
 * duration, whether the memory of answers served it, and the client's address as the trusted
 * proxies give it. Health probes are logged at `debug`, so a proxy asking every second does not
 * fill the log.
 */
export const logRequests =
  (log: Logger, trusted: TrustedProxies) =>
  (req: IncomingMessage, res: ServerResponse): void => {
    const start = performance.now()
    // As asked: the server layer rewrites `req.url` for Next (a site's pages inside `/don-vi/…`).
    const path = (req.url ?? '/').split('?')[0].slice(0, 300)
    // As asked, too: a GraphQL read POSTed becomes a GET inside (server/graphqlPost.ts).
    const method = req.method
    let done = false
    const write = () => {
      if (done) return
      done = true
      const where = placed.get(res)
      const line = {
        msg: 'request',
        method,
        path,
        route: where?.route ?? null,
        kind: where?.kind ?? null,
        site: where?.site ?? null,
        status: res.writableFinished ? res.statusCode : 499,
        ms: Math.round((performance.now() - start) * 10) / 10,
        cache: res.getHeader('x-ntm-cache') ?? null,
        address: clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted),
      }
      if (where?.kind === 'health') log.debug(line)
      else if (line.status >= 500) log.error(line)
      else log.info(line)
    }
    res.once('finish', write)
    res.once('close', write)
  }
