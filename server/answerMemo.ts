import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import zlib from 'node:zlib'

import etag from 'etag'
import { LRUCache } from 'lru-cache'

import { acceptsGzip } from './encoding'
import { notModified } from './notModified'
import { log } from '../lib/log'

/**
 * Answers as last rendered, kept in this process's memory (`lru-cache`) and sent without entering
 * Next.js, whose request pipeline costs as much for a cached page as for a no-op route.
 *
 * Kept: a 200 to an anonymous GET (server/anonymous.ts) for a known site, without `Origin`, that
 * Next marked shareable (`public` or `s-maxage`, never `private`/`no-store`/`no-cache`). Keys are
 * site + normalised path + query. Stored plain and gzipped, with an ETag.
 *
 * Freshness:
 * - A content change anywhere (this process or another: server/changes/) clears everything, and
 *   a render that began before the change is not stored (generation check).
 * - An entry older than `freshMs` is still sent, and one refresh at a time renders it again
 *   through Next; a refresh answered with anything but a shareable 200 drops the entry.
 */
export type KeptAnswer = { headers: OutgoingHttpHeaders; body: Buffer }

/** Headers that describe one transfer or one client, not the answer: set anew on every send. */
const PER_ANSWER = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'vary',
  'etag',
  'x-nextjs-cache',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'set-cookie',
])

export const isShareable = (cacheControl: string): boolean =>
  /\b(s-maxage|public)\b/.test(cacheControl) && !/\b(private|no-store|no-cache)\b/.test(cacheControl)

/** What a refresh asks Next for: the request target as first sent, and the host. */
export type AnswerSource = { url: string; host: string }

type Entry = {
  source: AnswerSource
  etag: string
  plain: Buffer
  gzip: Buffer
  plainHead: string[]
  gzipHead: string[]
  notModifiedHead: string[]
  storedAt: number
}

export type AnswerMemo = ReturnType<typeof createAnswerMemo>

export const createAnswerMemo = ({
  maxEntries,
  freshMs,
  refresh,
  now = Date.now,
}: {
  maxEntries: number
  freshMs: number
  /** Renders `key` again through Next; the pipeline stores or drops it. */
  refresh: (key: string, source: AnswerSource) => Promise<void>
  now?: () => number
}) => {
  const entries = new LRUCache<string, Entry>({ max: maxEntries })
  const refreshing = new Set<string>()
  let generation = 0

  const clear = () => {
    generation += 1
    entries.clear()
  }

  /** Stores an answer unless the content changed since its render began (`startedAt`). */
  const store = (key: string, source: AnswerSource, answer: KeptAnswer, startedAt: number) => {
    if (startedAt !== generation) return
    const tag = etag(answer.body, { weak: true })
    const gzip = zlib.gzipSync(answer.body)
    // The whole header list, flat, built once: writeHead with an array is the cheapest way Node
    // sends headers, which is most of what a kept answer costs.
    const common: string[] = []
    for (const [name, value] of Object.entries(answer.headers)) {
      if (PER_ANSWER.has(name) || value === undefined) continue
      for (const one of Array.isArray(value) ? value : [value]) common.push(name, String(one))
    }
    common.push('etag', tag, 'vary', 'Accept-Encoding', 'x-nextjs-cache', 'HIT', 'x-ntm-cache', 'HIT')
    entries.set(key, {
      source,
      etag: tag,
      plain: answer.body,
      gzip,
      plainHead: [...common, 'content-length', String(answer.body.length)],
      gzipHead: [...common, 'content-encoding', 'gzip', 'content-length', String(gzip.length)],
      notModifiedHead: common.filter((_, index) => common[index - (index % 2)] !== 'content-type'),
      storedAt: now(),
    })
  }

  const drop = (key: string) => void entries.delete(key)

  const startRefresh = (key: string, source: AnswerSource) => {
    if (refreshing.has(key)) return
    refreshing.add(key)
    Promise.resolve()
      .then(() => refresh(key, source))
      .catch((error: unknown) => {
        entries.delete(key)
        log.error({ err: error, msg: `answer memo: could not refresh ${key}` })
      })
      .finally(() => refreshing.delete(key))
  }

  /** Sends the kept answer and returns true, or returns false to let Next answer. */
  const answer = (key: string, req: IncomingMessage, res: ServerResponse): boolean => {
    const entry = entries.get(key)
    if (!entry) return false
    if (now() - entry.storedAt > freshMs) startRefresh(key, entry.source)
    if (notModified(req, entry.etag)) {
      res.writeHead(304, entry.notModifiedHead)
      res.end()
      return true
    }
    const gzip = acceptsGzip(req.headers['accept-encoding'])
    res.writeHead(200, gzip ? entry.gzipHead : entry.plainHead)
    res.end(req.method === 'HEAD' ? undefined : gzip ? entry.gzip : entry.plain)
    return true
  }

  /** The kept body of `key`, if any (the 404 page reuses the kept /khong-tim-thay). */
  const peek = (key: string): Buffer | undefined => entries.peek(key)?.plain

  return { answer, store, drop, clear, peek, generation: () => generation, size: () => entries.size }
}
