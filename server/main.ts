/**
 * The production server (`npm start`): Next.js as `next start` runs it, behind one typed layer
 * that decides, once per request and from a normalised path, what the request is and what may
 * happen to its answer. In order:
 *   1. the request target is parsed and normalised (server/requestTarget.ts): ambiguous paths get
 *      400, `//` a redirect;
 *   2. the site is resolved from Host and path (server/sites/routing.ts), the route from the one
 *      route table (lib/routes/table.ts), and a site's pages rewritten to its pages inside Next
 *      (server/decide.ts);
 *   3. a body must declare a length within the route's cap (server/bodyLimits.ts), 411/413
 *      otherwise, before a byte is read; Node's own timers end slow requests (408);
 *   4. the statistics endpoints are answered here (server/statsEndpoints.ts);
 *   5. the API's surface by allow-list (server/apiPolicy.ts: unknown routes 404, partner keys
 *      read only), its shared rate limit and front check (server/apiFront.ts);
 *   6. an anonymous read (server/anonymous.ts) may be answered from the memory of answers
 *      (server/answerMemo.ts; a GraphQL read POSTed counts as its GET form: server/graphqlPost.ts),
 *      and an anonymous search by the layer itself (server/searchPage.ts);
 *   7. everything else goes to Next, its answer finished by server/pipeline.ts, with the content
 *      changes it makes published to every process (server/changes/).
 * Before all that, /healthz and /readyz are answered here (server/health/). Every request leaves
 * one JSON line in the log (server/requestLog.ts). A configuration or database the server cannot
 * use stops it before Next loads, with one line and exit status 1 (server/preflight.ts).
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { parse } from 'cookie'
import next from 'next'

import { startJobRunner } from '../lib/jobs/httpRunner'
import { CLIENT_ADDRESS_HEADER, clientAddress } from '../lib/net/clientAddress'
import { routeOf } from '../lib/routes'
import { log } from '../lib/log'
import { cacheTag } from '../lib/cacheTagNames'
import { ALL_SITES, siteKey } from '../lib/sites'
import { isAnonymous } from './anonymous'
import { createAnswerMemo } from './answerMemo'
import { createApiFront } from './apiFront'
import { takeGraphqlPost } from './graphqlPost'
import { apiPolicy } from './apiPolicy'
import { bodyCap, checkBody, DRAIN_LIMIT } from './bodyLimits'
import { openChangeLog, startChangeSync } from './changes'
import { expireNextTags } from './changes/nextTags'
import { createHealth } from './health'
import { cannotStart, preflight } from './preflight'
import { logRequests, placeRequest } from './requestLog'
import { sendError } from './json'
import { captureResponse, internalRequest } from './captureResponse'
import { createPipeline, DRAFT_COOKIE } from './pipeline'
import { openRateLimiter } from './rateLimit'
import { parseRequestTarget } from './requestTarget'
import { siteDirectory } from '../lib/sites/directory'
import { openSiteRecords } from './sites/records'
import { installHosts, siteRouter } from './sites/routing'
import { decideRequest } from './decide'
import { createStatsEndpoints } from './statsEndpoints'
import { createSearchPage } from './searchPage'
import { openSearchIndexOn } from '../lib/search/engine'
import { crossSiteWrite } from './crossSite'
import { corsOrigins } from '../lib/env'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** A configuration or database the server cannot use stops it at once: one line, a non-zero exit. */
const { config, database } = await preflight(process.env, root).catch(cannotStart)

// Scheduled jobs run through this server's own API (lib/jobs/httpRunner.ts), not Payload's timer.
if (config.runJobs) process.env.NTM_JOBS_RUNNER = 'http'

// `npm run dev` runs this same layer over `next dev` (NODE_ENV not production), so the sites'
// hosts and `/don-vi/<slug>` paths work in development as in production.
const dev = process.env.NODE_ENV !== 'production'
const app = next({ dev, dir: root, hostname: config.hostname, port: config.port })
const handle = app.getRequestHandler()
await app
  .prepare()
  .catch((error: unknown) => cannotStart(`Next.js did not load: ${(error as Error).message}`))
// Pages and data Next kept on disk from before this start may show another database's content (a
// restore, a script run while the server was down): every one is rendered again on first request.
// `_N_T_/layout` is the implicit tag Next gives everything under the root layout.
expireNextTags(['_N_T_/layout'])

const limiter = await openRateLimiter(database, config.rate.windowSeconds)
const apiFront = createApiFront({ limits: config.rate, limiter, trusted: config.trusted })
const router = siteRouter(installHosts(process.env, config.port))
const siteRecords = await openSiteRecords(database)
/** Reads the sites again (at start and after any change to one: they are few and small). */
const loadSites = async () => {
  try {
    router.update(siteDirectory(await siteRecords(), config.publicUrl))
  } catch (error) {
    // Before the first migration there is no table yet: Payload makes it on its first request.
    if (router.directory())
      log.error({ err: error, msg: 'sites: could not read the sites; keeping the last known' })
  }
}

/**
 * Payload starts (and a new install runs its migrations, which make the first site) on the first
 * request that needs it: make that request now, so the sites are known before a reader arrives.
 * If it cannot start (a migration failed), neither can the server.
 */
const startPayload = () =>
  new Promise<number>((resolve) => {
    const { req, res } = internalRequest('/api/tenants?limit=1&depth=0', `localhost:${config.port}`)
    captureResponse(
      res,
      async (body) => body,
      () => resolve(res.statusCode),
    )
    handle(req, res).catch((error: unknown) => {
      log.error({ err: error, msg: 'could not start Payload' })
      resolve(500)
    })
  })
const payloadStatus = await startPayload()
if (payloadStatus >= 500)
  cannotStart(`Payload did not start (status ${payloadStatus}; its error is logged above)`)
await loadSites()
// After Payload's start: a new database gets its tables (migrations, or the dev schema push) then.
const stats = await createStatsEndpoints()

const memo = createAnswerMemo({
  ...config.memo,
  refresh: async (key, source) => {
    const verdict = parseRequestTarget(source.url, 'GET')
    if (!verdict.ok) return memo.drop(key)
    const { pathname, search } = verdict.target
    const decided = decideRequest(router, {
      url: source.url,
      pathname,
      search,
      host: source.host,
      anonymous: true,
      mayKeep: true,
    })
    if ('redirect' in decided) return memo.drop(key)
    const answer = await pipeline.render(decided)
    // Anything but a shareable 200 (a 404 after an unpublish, an error) must not stay kept.
    if (answer.status !== 200 || !answer.shareable) memo.drop(key)
  },
})
const changes = await startChangeSync({
  log: await openChangeLog(database),
  pollMs: config.changePollMs,
  onChange: (tags) => {
    memo.clear()
    if (tags.includes(cacheTag('tenants'))) void loadSites()
  },
})
const pipeline = createPipeline({ handle, memo, changes })
// The search index, read here for readers' searches (written by Payload's hooks).
let searchIndex: ReturnType<typeof openSearchIndexOn> | undefined
const searchPage = createSearchPage({
  index: () =>
    (searchIndex ??= openSearchIndexOn(
      database.engine === 'mongodb'
        ? { engine: 'mongodb', db: database.db }
        : { engine: 'sqlite', file: config.database.engine === 'sqlite' ? config.database.file : '' },
    )),
  directory: () => router.directory(),
  render: pipeline.render,
  generation: memo.generation,
  keep: pipeline.keep,
})
const allowedOrigins = corsOrigins()
const health = createHealth({
  database,
  uri: process.env.DATABASE_URI,
  production: !dev,
  root,
  media: config.media,
})
const logRequest = logRequests(log, config.trusted)

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
  const row = routeOf(pathname)
  if (row.kind === 'health') {
    placeRequest(res, { route: row.pattern, kind: row.kind, site: null })
    if (method !== 'GET' && method !== 'HEAD') return sendError(res, 405, 'only GET', { allow: 'GET, HEAD' })
    return health.handle(pathname, res)
  }
  // Payload records who did what from where (the audit log): the address as resolved here.
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
    req.socket.remoteAddress,
    req.headers['x-forwarded-for'],
    config.trusted,
  )
  if (crossSiteWrite(method, req.headers, allowedOrigins)) {
    return sendError(res, 403, 'cross-site write refused: send it from the portal’s own pages')
  }
  const anonymous = isAnonymous(req.headers)
  const read = method === 'GET' || method === 'HEAD'
  const mayKeepIfRead = anonymous && !req.headers.origin
  const mayKeep = read && mayKeepIfRead
  // Until the first site exists (a new install's first request makes it), look again each time.
  if (!router.directory()?.province) await loadSites()
  const requestFacts = {
    url: req.url ?? '/',
    pathname,
    search,
    host: req.headers.host ?? '',
    anonymous,
    mayKeep,
    preview: req.headers.cookie ? parse(req.headers.cookie)[DRAFT_COOKIE] !== undefined : false,
  }
  const decided = decideRequest(router, requestFacts)
  if ('redirect' in decided) {
    res.writeHead(308, { location: decided.redirect, 'content-length': 0 })
    res.end()
    return
  }
  const { route } = decided
  placeRequest(res, { route: route.pattern, kind: route.kind, site: decided.siteId })

  const body = checkBody(req, bodyCap(route, pathname, config.bodies))
  if (!body.ok) {
    // A client refused mid-upload would meet a reset connection instead of the answer: a body of
    // a declared length up to DRAIN_LIMIT is read and thrown away after the answer (Node does
    // that for a kept-alive connection); anything else closes the connection at once.
    const declared = Number(req.headers['content-length'])
    if (body.status === 413 && declared <= DRAIN_LIMIT) {
      sendError(res, body.status, body.message)
      req.resume()
    } else {
      res.shouldKeepAlive = false
      sendError(res, body.status, body.message, { connection: 'close' })
    }
    return
  }
  if (route.kind === 'stats') {
    const host = req.headers.host ?? ''
    const placeOf = (pagePath: string) => {
      const placed = router.route(host, pagePath)
      return placed.redirect === undefined && placed.site && decided.siteId
        ? { site: siteKey(placed.site), path: placed.path }
        : { site: null, path: pagePath }
    }
    return stats.handle(route.pattern, decided.statsKey ?? ALL_SITES, placeOf, req, res)
  }
  if (route.kind === 'api' || route.kind === 'graphql' || route.kind === 'jobs') {
    const policy = apiPolicy(req, pathname, search)
    if (!policy.ok) return sendError(res, policy.status, policy.message)
    if (route.kind !== 'jobs' && (await apiFront(req, res, decided.siteId))) return
  }
  // An anonymous GraphQL read POSTed is answered as its GET form, memory included (server/graphqlPost.ts).
  let request = req
  let answering = decided
  if (route.kind === 'graphql' && method === 'POST' && mayKeepIfRead) {
    const taken = await takeGraphqlPost(req, pathname).catch(() => null)
    // A body cut short or longer than declared: the client's fault, answered if it still listens.
    if (!taken) return sendError(res, 400, 'the request body could not be read whole')
    if (!taken.asGet) request = taken.req
    else {
      const asGet = decideRequest(router, {
        ...requestFacts,
        url: taken.url,
        search: taken.search,
        mayKeep: true,
      })
      if (!('redirect' in asGet)) answering = asGet
    }
  }
  if (answering.key && !req.headers.rsc && memo.answer(answering.key, req, res)) return
  if (!req.headers.rsc && (await searchPage.answer(request, res, answering, pathname, search))) return
  pipeline.toNext(request, res, answering)
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
    logRequest(req, res)
    onRequest(req, res).catch((error: unknown) => {
      log.error({ err: error, msg: 'request failed', path: (req.url ?? '/').split('?')[0] })
      if (!res.headersSent) sendError(res, 500, 'internal error')
    })
  },
)

// Next's development server reloads pages over a WebSocket.
if (dev) {
  const upgrade = app.getUpgradeHandler()
  server.on('upgrade', (req, socket, head) => {
    upgrade(req, socket, head).catch(() => socket.destroy())
  })
}

let stopJobRunner = () => {}
server.on('error', (error) =>
  cannotStart(`cannot listen on ${config.hostname}:${config.port}: ${error.message}`),
)
server.listen(config.port, config.hostname, () => {
  log.info({
    msg: `NTM Portal ready on http://${config.hostname === '0.0.0.0' ? 'localhost' : config.hostname}:${config.port}`,
    port: config.port,
  })
  // With several processes (scripts/serve.mjs), the first tells the others it started.
  process.send?.({ ntm: 'ready' })
  if (config.runJobs) stopJobRunner = startJobRunner(`http://127.0.0.1:${config.port}`, log)
})

// Stop taking requests, let the statistics commit what they hold, then leave.
let stopping: Promise<void> | undefined
const stop = () => {
  health.stopping()
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
