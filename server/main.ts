/**
 * The production server (`npm start`): Next.js as `next start` runs it, behind one typed layer
 * that decides, once per request and from a normalised path, what the request is and what may
 * happen to its answer. In order:
 *   1. the request target is parsed and normalised (server/requestTarget.ts): ambiguous paths get
 *      400, `//` a redirect;
 *   2. the site is resolved from Host (server/sites.ts) and the route from the one route table
 *      (lib/routes/table.ts);
 *   3. a body must declare a length within the route's cap (server/bodyLimits.ts), 411/413
 *      otherwise, before a byte is read; Node's own timers end slow requests (408);
 *   4. the statistics endpoints are answered here (server/statsEndpoints.ts);
 *   5. the API's surface by allow-list (server/apiPolicy.ts: unknown routes 404, partner keys
 *      read only), its shared rate limit and front check (server/apiFront.ts);
 *   6. an anonymous read (server/anonymous.ts) may be answered from the memory of answers
 *      (server/answerMemo.ts);
 *   7. everything else goes to Next, its answer finished by server/pipeline.ts, with the content
 *      changes it makes published to every process (server/changes/).
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { startJobRunner } from '../lib/jobs/httpRunner'
import { trustedProxies } from '../lib/net/clientAddress'
import { routeOf } from '../lib/routes'
import { isAnonymous } from './anonymous'
import { createAnswerMemo } from './answerMemo'
import { createApiFront } from './apiFront'
import { apiPolicy } from './apiPolicy'
import { bodyCap, checkBody } from './bodyLimits'
import { openChangeLog, startChangeSync } from './changes'
import { serverConfig } from './config'
import { openLayerDatabase } from './database'
import { sendError } from './json'
import { answerKey, createPipeline, type Decided } from './pipeline'
import { openRateLimiter } from './rateLimit'
import { parseRequestTarget } from './requestTarget'
import { configuredSites, siteResolver } from './sites'
import { createStatsEndpoints } from './statsEndpoints'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const config = serverConfig()

// Scheduled jobs run through this server's own API (lib/jobs/httpRunner.ts), not Payload's timer.
if (config.runJobs) process.env.NTM_JOBS_RUNNER = 'http'

const database = await openLayerDatabase(process.env.DATABASE_URI)
const app = next({ dev: false, dir: root, hostname: config.hostname, port: config.port })
const handle = app.getRequestHandler()
await app.prepare()

const stats = await createStatsEndpoints()
const limiter = await openRateLimiter(database, config.rate.windowSeconds)
const apiFront = createApiFront({ limits: config.rate, limiter, trusted: trustedProxies() })
const resolveSite = siteResolver(configuredSites(process.env, config.port))

const KEPT_KINDS = new Set(['page', 'file', 'api'])

/**
 * What a request for `url` on `host` is, once per request: its route, its site and, when its
 * answer may be kept (`mayKeep`: an anonymous read without an Origin, on a route whose answers can
 * be), its key in the memory of answers.
 */
const decide = (
  url: string,
  pathname: string,
  search: string,
  host: string,
  anonymous: boolean,
  mayKeep: boolean,
): Decided => {
  const route = routeOf(pathname)
  const site = resolveSite(host)
  const key =
    mayKeep && site && KEPT_KINDS.has(route.kind) ? answerKey(site.id, host, pathname, search) : null
  return { route, siteId: site?.id ?? null, key, host, url, anonymous }
}

const memo = createAnswerMemo({
  ...config.memo,
  refresh: async (key, source) => {
    const verdict = parseRequestTarget(source.url, 'GET')
    if (!verdict.ok) return memo.drop(key)
    const { pathname, search } = verdict.target
    const answer = await pipeline.render(decide(source.url, pathname, search, source.host, true, true))
    // Anything but a shareable 200 (a 404 after an unpublish, an error) must not stay kept.
    if (answer.status !== 200 || !answer.shareable) memo.drop(key)
  },
})
const changes = await startChangeSync({
  log: await openChangeLog(database),
  pollMs: config.changePollMs,
  onChange: () => memo.clear(),
})
const pipeline = createPipeline({ handle, memo, changes })

const onRequest = async (req: http.IncomingMessage, res: http.ServerResponse) => {
  const method = req.method ?? 'GET'
  const target = parseRequestTarget(req.url ?? '/', method)
  if (!target.ok) {
    if (target.status === 308) {
      res.writeHead(308, { location: target.location, 'content-length': 0 })
      res.end()
    } else sendError(res, target.status, target.message)
    return
  }
  const { pathname, search } = target.target
  const anonymous = isAnonymous(req.headers)
  const read = method === 'GET' || method === 'HEAD'
  const mayKeep = read && anonymous && !req.headers.origin
  const decided = decide(req.url ?? '/', pathname, search, req.headers.host ?? '', anonymous, mayKeep)
  const { route } = decided

  const body = checkBody(req, bodyCap(route, pathname, config.bodies))
  if (!body.ok) {
    res.shouldKeepAlive = false
    sendError(res, body.status, body.message, { connection: 'close' })
    return
  }
  if (route.kind === 'stats') return stats.handle(pathname, decided.siteId, req, res)
  if (route.kind === 'api' || route.kind === 'graphql' || route.kind === 'jobs') {
    const policy = apiPolicy(req, pathname, search)
    if (!policy.ok) return sendError(res, policy.status, policy.message)
    if (route.kind !== 'jobs' && (await apiFront(req, res, decided.siteId))) return
  }
  if (decided.key && !req.headers.rsc && memo.answer(decided.key, req, res)) return
  pipeline.toNext(req, res, decided)
}

// Node checks its request timers this often (30 s by default, too coarse for a 20 s limit).
const connectionsCheckingInterval = Math.max(
  250,
  Math.min(config.timeouts.headersMs, config.timeouts.requestMs) / 4,
)
const server = http.createServer(
  {
    connectionsCheckingInterval,
    headersTimeout: Math.min(config.timeouts.headersMs, config.timeouts.requestMs),
    requestTimeout: config.timeouts.requestMs,
  },
  (req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) sendError(res, 500, 'internal error')
    })
  },
)

let stopJobRunner = () => {}
server.listen(config.port, config.hostname, () => {
  console.log(
    `▲ NTM Portal ready on http://${config.hostname === '0.0.0.0' ? 'localhost' : config.hostname}:${config.port}`,
  )
  if (config.runJobs) stopJobRunner = startJobRunner(`http://127.0.0.1:${config.port}`)
})

// Stop taking requests, let the statistics commit what they hold, then leave.
let stopping: Promise<void> | undefined
const stop = () => {
  stopJobRunner()
  changes.stop()
  const leave = () => {
    stopping ??= stats
      .close()
      .then(() => database.close())
      .finally(() => process.exit(0))
  }
  server.close(leave)
  server.closeIdleConnections()
  setTimeout(leave, 5000).unref()
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
