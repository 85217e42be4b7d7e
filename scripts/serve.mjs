#!/usr/bin/env node
/**
 * The production server: Next.js exactly as `next start` runs it, with one difference for
 * readers' pages. Their HTML is sent without the React/Next.js client runtime (about 130 KB of
 * gzipped JavaScript a page would otherwise download and run): everything on those pages is
 * server-rendered links, GET forms and images, and the only behaviour, the display controls and
 * the print button, is a small inline script of ours (`id="ntm-…"`), which stays.
 *
 * Anonymous answers marked shareable (readers' pages, feeds, public API reads) are then kept in
 * memory and sent from there (scripts/lib/pageMemo.mjs): that is what lets a cached page go out
 * at half the speed of plain Node or more, instead of a sixth (`npm run bench`).
 *
 * Untouched: the admin and the APIs (/admin, /api), Next's assets (/_next), draft preview
 * (/xem-truoc and the draft-mode cookie), and any non-HTML response.
 *
 * The visitor statistics' endpoints (POST /api/stats/hit, GET /api/stats) are answered here,
 * before Next.js, by lib/stats/nodeHttp.ts: see there why.
 *
 * PORT (3000) and HOST (0.0.0.0) choose where it listens.
 */
import crypto from 'node:crypto'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'

import next from 'next'
import { tsImport } from 'tsx/esm/api'

import { CONTENT_CHANGED_EVENT, createPageMemo, isShareable } from './lib/pageMemo.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOST || '0.0.0.0'

const UNTOUCHED = /^\/(admin|api|_next|xem-truoc)(\/|$)/
const DRAFT_COOKIE = '__prerender_bypass'
const NOT_FOUND_PAGE = '/khong-tim-thay'

/**
 * Next.js 16 sends the body of a notFound() response as an empty shell that its client runtime
 * fills in (vercel/next.js#62228). Without the runtime that would be a blank page, so such 404s
 * get the static /khong-tim-thay page (same layout, Vietnamese) instead, fetched over loopback
 * and kept for a minute.
 */
let notFoundHtml = { body: '', at: 0 }
const notFoundPage = async () => {
  if (Date.now() - notFoundHtml.at > 60_000) {
    const response = await fetch(`http://127.0.0.1:${port}${NOT_FOUND_PAGE}`)
    if (response.ok) notFoundHtml = { body: await response.text(), at: Date.now() }
  }
  return notFoundHtml.body
}

/** Every <script> but ours, and the preload hints for Next's chunks. */
export const stripClientRuntime = (html) =>
  html
    .replace(/<script(?![^>]*\bid="ntm-)[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]*\bas="script"[^>]*>/g, '')
    .replace(/<link[^>]*\brel="modulepreload"[^>]*>/g, '')

const isReaderPage = (req) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  if (req.headers.rsc || req.headers['next-router-prefetch'] || req.headers['next-action']) return false
  if ((req.headers.cookie ?? '').includes(DRAFT_COOKIE)) return false
  const pathname = (req.url ?? '/').split('?')[0]
  return !UNTOUCHED.test(pathname)
}

/**
 * Buffers what Next writes, lets `transform` change the finished response (status, headers,
 * body), then sends it. Used for readers' HTML and for public API answers.
 */
const captureResponse = (req, res, transform) => {
  const chunks = []
  const send = { writeHead: res.writeHead.bind(res), end: res.end.bind(res) }
  const collect = (chunk, encoding) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
      chunks.push(
        Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'),
      )
    }
  }
  res.writeHead = (status, reason, headers) => {
    const fields = typeof reason === 'object' ? reason : headers
    res.statusCode = status
    if (Array.isArray(fields))
      for (let i = 0; i < fields.length; i += 2) res.setHeader(fields[i], fields[i + 1])
    else if (fields) for (const [name, value] of Object.entries(fields)) res.setHeader(name, value)
    return res
  }
  res.flushHeaders = () => {}
  res.write = (chunk, encoding, callback) => {
    collect(chunk, encoding)
    const done = typeof encoding === 'function' ? encoding : callback
    if (done) process.nextTick(done)
    return true
  }
  res.end = (chunk, encoding, callback) => {
    collect(chunk, encoding)
    const done = [chunk, encoding, callback].find((arg) => typeof arg === 'function')
    finish(done).catch((error) => {
      console.error(error)
      res.destroy(error)
    })
    return res
  }
  const finish = async (done) => {
    const body = await transform(Buffer.concat(chunks))
    if (res.statusCode !== 304 && res.statusCode !== 204) res.setHeader('content-length', body.length)
    send.writeHead(res.statusCode)
    send.end(req.method === 'HEAD' || res.statusCode === 304 ? undefined : body, done)
  }
}

/**
 * Keeps a finished answer in the memo when anyone may be sent it: a 200 to an anonymous GET
 * without an Origin (CORS headers differ per origin), marked shareable.
 */
const memoize = (req, res, body, { url, generation }) => {
  if (req.method !== 'GET' || res.statusCode !== 200 || !body.length || !mayUseMemo(req)) return
  if (!isShareable(String(res.getHeader('cache-control') ?? ''))) return
  pageMemo.store(url, { headers: res.getHeaders(), body }, generation)
}

/** The memo's key and generation, taken before Next sees the request (it rewrites `req.url`). */
const memoTicket = (req) => ({ url: req.url, generation: pageMemo.generation() })

/** Readers' HTML without the client runtime, gzipped when accepted. */
const rewriteHtml = (req, res) => {
  const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
  delete req.headers['accept-encoding'] // Next answers uncompressed; we compress after rewriting.
  const ticket = memoTicket(req)
  captureResponse(req, res, async (body) => {
    const type = String(res.getHeader('content-type') ?? '')
    if (!type.startsWith('text/html') || res.getHeader('content-encoding') || !body.length) {
      // Feeds, calendars, the sitemap: kept as they are when Next marks them shareable.
      if (!res.getHeader('content-encoding')) memoize(req, res, body, ticket)
      return body
    }
    let html = body.toString('utf8')
    if (res.statusCode === 404 && html.includes('id="__next_error__"')) {
      html = (await notFoundPage()) || html
      res.removeHeader('etag')
    }
    let out = Buffer.from(stripClientRuntime(html))
    res.removeHeader('link')
    // Payload asks every page for a colour-scheme client hint, critically: Chromium then sends
    // each first request twice. Only the admin uses the hint.
    res.removeHeader('accept-ch')
    res.removeHeader('critical-ch')
    memoize(req, res, out, ticket)
    if (acceptsGzip) {
      out = zlib.gzipSync(out)
      res.setHeader('content-encoding', 'gzip')
    }
    res.setHeader('vary', 'Accept-Encoding')
    return out
  })
}

/**
 * API reads. Public ones (no session, no API key) are cacheable: `Cache-Control` for a minute
 * and an `ETag` from the body, answered with 304 when the client already has it; per-user
 * answers are never marked public. A 429 from Payload (a partner's daily limit) gets its
 * `Retry-After` header from the error's data.
 */
const isApiRead = (req) =>
  (req.method === 'GET' || req.method === 'HEAD') &&
  (req.url ?? '').startsWith('/api/') &&
  !(req.url ?? '').startsWith('/api/payload-jobs') &&
  !(req.url ?? '').startsWith('/api/media/file/')

const isPublic = (req) =>
  !req.headers.authorization && !/(^|;\s*)payload-token=/.test(req.headers.cookie ?? '')

const handleApiRead = (req, res) => {
  const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
  delete req.headers['accept-encoding'] // Read Next's answer as is; compressed below.
  const ticket = memoTicket(req)
  captureResponse(req, res, async (plain) => {
    const body = await answerApiRead(req, res, plain)
    memoize(req, res, body, ticket)
    if (!acceptsGzip || body.length < 1024 || res.getHeader('content-encoding')) return body
    res.setHeader('content-encoding', 'gzip')
    res.setHeader('vary', 'Accept-Encoding')
    return zlib.gzipSync(body)
  })
}

const answerApiRead = async (req, res, body) => {
  const type = String(res.getHeader('content-type') ?? '')
  if (res.statusCode === 429 && !res.getHeader('retry-after')) {
    try {
      const seconds = JSON.parse(body.toString('utf8')).errors?.[0]?.data?.retryAfterSeconds
      if (seconds) res.setHeader('retry-after', String(seconds))
    } catch {
      // Not JSON: nothing to read.
    }
    return body
  }
  if (res.statusCode !== 200 || !type.includes('json') || !isPublic(req)) return body
  const etag = `W/"${crypto.createHash('sha1').update(body).digest('base64url')}"`
  res.setHeader('etag', etag)
  res.setHeader('cache-control', 'public, max-age=60')
  const known = String(req.headers['if-none-match'] ?? '')
    .split(',')
    .map((tag) => tag.trim())
  if (known.includes(etag) || known.includes('*')) {
    res.statusCode = 304
    res.removeHeader('content-type')
    return Buffer.alloc(0)
  }
  return body
}

// Scheduled jobs run through this server's own API (lib/jobs/httpRunner.ts), not Payload's timer.
const runJobs = process.env.PAYLOAD_JOBS_AUTORUN !== 'false'
if (runJobs) process.env.NTM_JOBS_RUNNER = 'http'

/**
 * Rendered pages kept in memory. A stale one is replaced by asking this server again with a
 * header only this process knows, which skips the memo and goes through Next.
 */
const refreshToken = crypto.randomBytes(16).toString('hex')
const isRefresh = (req) => req.headers['x-ntm-refresh'] === refreshToken
const mayUseMemo = (req) => isPublic(req) && !req.headers.origin
const pageMemo = createPageMemo({
  maxEntries: Number(process.env.PAGE_MEMO_ENTRIES || 500),
  freshMs: Number(process.env.PAGE_MEMO_FRESH_SECONDS || 5) * 1000,
  refresh: (url) =>
    new Promise((resolve, reject) => {
      const request = http.get(
        { host: '127.0.0.1', port, path: url, headers: { 'x-ntm-refresh': refreshToken } },
        (response) => {
          response.resume()
          response.on('end', resolve)
          response.on('error', reject)
        },
      )
      request.on('error', reject)
    }),
})
process.on(CONTENT_CHANGED_EVENT, () => pageMemo.clear())

const app = next({ dev: false, dir: root, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()
// TypeScript shared with the Payload endpoints, compiled on load (this file runs on plain Node).
const { createStatsHttpHandler } = await tsImport('../lib/stats/nodeHttp.ts', import.meta.url)
const stats = await createStatsHttpHandler()
const { createApiFront } = await tsImport('../lib/api/front.ts', import.meta.url)
const apiFront = createApiFront()

const server = http.createServer((req, res) => {
  if (stats.handler(req, res)) return
  if (apiFront(req, res)) return
  const reader = isReaderPage(req)
  const apiRead = !reader && isApiRead(req)
  if ((reader || apiRead) && mayUseMemo(req) && !isRefresh(req) && pageMemo.answer(req, res)) return
  if (reader) rewriteHtml(req, res)
  else if (apiRead) handleApiRead(req, res)
  handle(req, res).catch((error) => {
    console.error(error)
    if (!res.headersSent) {
      res.statusCode = 500
      res.end('Internal Server Error')
    }
  })
})
const { startJobRunner } = await tsImport('../lib/jobs/httpRunner.ts', import.meta.url)
let stopJobRunner = () => {}
server.listen(port, hostname, () => {
  console.log(`▲ NTM Portal ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`)
  if (runJobs) stopJobRunner = startJobRunner(`http://127.0.0.1:${port}`)
})
// Stop taking requests, let the statistics commit what they hold, then leave.
let stopping
const stop = () => {
  stopJobRunner()
  const leave = () => {
    stopping ??= stats.close().finally(() => process.exit(0))
  }
  server.close(leave)
  server.closeIdleConnections()
  setTimeout(leave, 5000).unref()
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
