import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { parse } from 'cookie'
import { LRUCache } from 'lru-cache'

import { type RouteEntry, routeOf, routes } from '../lib/routes'
import { type AnswerMemo, isShareable } from './answerMemo'
import { finishApiRead } from './apiRead'
import { isPartnerRequest } from './apiPolicy'
import { captureResponse, internalRequest } from './captureResponse'
import type { ChangeSync } from './changes'
import { acceptsGzip, compress } from './encoding'
import { partnerGraphqlStatus } from './partnerGraphql'
import { stripClientRuntime } from './readerHtml'
import { log } from '../lib/log'

/** Next.js's own request handler. */
export type NextHandle = (req: IncomingMessage, res: ServerResponse) => Promise<void>

/** What the layer decided about a request before Next sees it. */
export type Decided = {
  route: RouteEntry
  /** The site's key (lib/sites: its ID), or null for an unknown host (nothing is kept). */
  siteId: string | null
  /** The key of the site's public figures in the statistics (the province's: all sites'). */
  statsKey: string | null
  /** The URL Next gets: a site's page or file under `/don-vi/<slug>` (server/decide.ts). */
  nextUrl: string
  /** Where the site's pages live inside Next (`/don-vi/<slug>`), for its 404 page. */
  siteBase: string | null
  /** The prefix the site's paths carry on this host ('' or `/don-vi/<slug>`). */
  prefix: string
  /** Key in the memory of answers, or null when this answer may never be kept. */
  key: string | null
  /** No credentials (server/anonymous.ts): the answer may be marked public. */
  anonymous: boolean
  host: string
  url: string
}

/** The key of an answer in the memory: site, host and normalised path with its query. */
export const answerKey = (siteId: string, host: string, pathname: string, search: string): string =>
  `${siteId}|${host.toLowerCase()}|${pathname}${search}`

/** Next's draft-mode cookie (previews). */
export const DRAFT_COOKIE = '__prerender_bypass'

/** Requests Next answers differently from a page load (client navigation, server actions). */
const isNextInternal = (req: IncomingMessage) =>
  req.headers.rsc !== undefined ||
  req.headers['next-router-prefetch'] !== undefined ||
  req.headers['next-action'] !== undefined

/** One answer being finished: the request, what was decided, and what the client accepts. */
type Finishing = {
  req: IncomingMessage
  res: ServerResponse
  decided: Decided
  gzip: boolean
  /** The memory's generation when the render began (server/answerMemo.ts). */
  generation: number
  /** The change sequence when the render began (server/changes/). */
  sequence: number
}

const isRead = (req: IncomingMessage) => req.method === 'GET' || req.method === 'HEAD'

/**
 * From here on a request goes to Next.js, its answer finished by the layer: readers' HTML without
 * the client runtime (server/readerHtml.ts), public API reads with ETag and Cache-Control
 * (server/apiRead.ts), and whatever may be shared kept in the memory of answers. The admin,
 * previews, Next's assets, writes and every non-read go through untouched.
 */
export const createPipeline = ({
  handle,
  memo,
  changes,
}: {
  handle: NextHandle
  memo: AnswerMemo
  changes: ChangeSync
}) => {
  /** Keys of per-request pages asked for once (server/pipeline.ts keep). */
  const askedBefore = new LRUCache<string, true>({ max: 2000 })

  const keep = (
    req: IncomingMessage,
    res: ServerResponse,
    decided: Decided,
    body: Buffer,
    generation: number,
  ) => {
    if (!decided.key || req.method !== 'GET' || res.statusCode !== 200 || !body.length) return
    if (!isShareable(String(res.getHeader('cache-control') ?? ''))) {
      if (!decided.route.keptDynamic) return
      // A per-request page is kept only when asked for a second time: a flood of different
      // searches (a crawler's) must not push every page out of the memory.
      if (!askedBefore.has(decided.key)) {
        askedBefore.set(decided.key, true)
        return
      }
    }
    memo.store(
      decided.key,
      { url: decided.url, host: decided.host },
      { headers: res.getHeaders(), body },
      generation,
    )
  }

  /** Next 16 sends a notFound() page as an empty shell its client runtime fills (vercel/next.js#62228): use our static 404 page. */
  const notFoundHtml = async (decided: Decided): Promise<string | null> => {
    if (decided.siteBase === null) return null
    const url = `${decided.prefix}${routes.notFound()}`
    const key = decided.siteId ? answerKey(decided.siteId, decided.host, url, '') : null
    const kept = key ? memo.peek(key) : undefined
    if (kept) return kept.toString('utf8')
    const answer = await render({
      ...decided,
      route: routeOf(routes.notFound()),
      key,
      url,
      nextUrl: `${decided.siteBase}${routes.notFound()}`,
    })
    return answer.status === 200 ? answer.body.toString('utf8') : null
  }

  const finishReaderPage =
    ({ req, res, decided, gzip, generation }: Finishing) =>
    async (body: Buffer): Promise<Buffer> => {
      const type = String(res.getHeader('content-type') ?? '')
      if (!type.startsWith('text/html') || res.getHeader('content-encoding') || !body.length) {
        if (!res.getHeader('content-encoding')) keep(req, res, decided, body, generation)
        return body
      }
      let html = body.toString('utf8')
      if (res.statusCode === 404 && html.includes('id="__next_error__"')) {
        html = (await notFoundHtml(decided)) ?? html
        res.removeHeader('etag')
      }
      const out = Buffer.from(stripClientRuntime(html))
      res.removeHeader('link')
      // Payload asks every page for a colour-scheme client hint, critically: Chromium then sends
      // each first request twice. Only the admin uses the hint.
      res.removeHeader('accept-ch')
      res.removeHeader('critical-ch')
      keep(req, res, decided, out, generation)
      return compress(res, out, gzip, 0)
    }

  const finishFile =
    ({ req, res, decided, gzip, generation }: Finishing) =>
    async (body: Buffer): Promise<Buffer> => {
      if (res.getHeader('content-encoding')) return body
      keep(req, res, decided, body, generation)
      return compress(res, body, gzip, 1024)
    }

  const finishApi =
    ({ req, res, decided, gzip, generation }: Finishing) =>
    async (plain: Buffer): Promise<Buffer> => {
      const body = finishApiRead(req, res, plain, decided.anonymous)
      keep(req, res, decided, body, generation)
      return res.getHeader('content-encoding') ? body : compress(res, body, gzip, 1024)
    }

  /** Sends a request to Next, finishing its answer as its route says. */
  const toNext = (
    req: IncomingMessage,
    res: ServerResponse,
    decided: Decided,
    deliver: Parameters<typeof captureResponse>[2] = 'socket',
  ) => {
    const { route } = decided
    const cookies = req.headers.cookie ? parse(req.headers.cookie) : {}
    const plainRead = isRead(req) && !isNextInternal(req) && cookies[DRAFT_COOKIE] === undefined
    // GraphQL read by GET is an API read like any other (lib/api/graphqlGet.ts).
    const finished =
      plainRead &&
      (route.kind === 'page' || route.kind === 'file' || route.kind === 'api' || route.kind === 'graphql')
    if (finished) {
      const gzip = acceptsGzip(req.headers['accept-encoding'])
      // Next answers uncompressed; the layer compresses after finishing.
      delete req.headers['accept-encoding']
      const finishing: Finishing = {
        req,
        res,
        decided,
        gzip,
        generation: memo.generation(),
        sequence: changes.sequence(),
      }
      const finisher =
        route.kind === 'page' ? finishReaderPage : route.kind === 'file' ? finishFile : finishApi
      const finish = finisher(finishing)
      captureResponse(
        res,
        async (body) => {
          const out = await finish(body)
          if (changes.sequence() !== finishing.sequence) changes.straddled(finishing.sequence)
          // Only answers to anonymous requests may be shared, by us or by any cache on the way.
          if (!decided.anonymous) res.setHeader('cache-control', 'private, no-store')
          return out
        },
        deliver,
      )
    } else if (route.kind === 'graphql' && isPartnerRequest(req)) {
      // Read GraphQL's answer as written (uncompressed), then compress it here.
      const gzip = acceptsGzip(req.headers['accept-encoding'])
      delete req.headers['accept-encoding']
      captureResponse(
        res,
        async (body) => compress(res, partnerGraphqlStatus(res, body), gzip, 1024),
        deliver,
      )
    }
    req.url = decided.nextUrl
    changes.track(res, () => {
      handle(req, res).catch((error: unknown) => {
        log.error({ err: error, msg: 'Next.js could not answer' })
        if (!res.headersSent) {
          res.statusCode = 500
          res.end('Internal Server Error')
        }
      })
    })
  }

  /** Renders a page through Next inside this process, as an anonymous reader on its host would get it. */
  const render = (decided: Decided) =>
    new Promise<{ status: number; headers: OutgoingHttpHeaders; body: Buffer; shareable: boolean }>(
      (resolve) => {
        const { req, res } = internalRequest(decided.url, decided.host)
        toNext(req, res, decided, (answer) =>
          resolve({
            status: answer.status,
            headers: answer.headers,
            body: answer.body,
            shareable:
              isShareable(String(answer.headers['cache-control'] ?? '')) ||
              Boolean(decided.route.keptDynamic),
          }),
        )
      },
    )

  return { toNext, render, keep }
}
