/**
 * Answers as last rendered, kept in this process's memory and sent without entering
 * Next.js. Next's request pipeline tops out near 500 requests/s on these machines even for a page
 * it has cached, against ~3,200 for plain Node sending the same bytes; most of a public portal's
 * traffic is a few pages that change a few times a day.
 *
 * What is kept: a 200 answer to an anonymous GET without an Origin header that was marked as
 * shareable (`s-maxage` or `public`, never `private`/`no-store`): readers' pages, feeds and
 * public API reads. A page that reads cookies, a search query or a draft is never kept, nor
 * anything for a signed-in user or a partner's key. It is stored after serve.mjs's rewriting,
 * plain and gzipped.
 *
 * How it stays fresh:
 * - Content changes: lib/revalidate.ts emits CONTENT_CHANGED_EVENT on `process` whenever it
 *   expires Next's cache tags; every kept page is dropped (the same moment Next's own copy goes).
 *   A render that started before the change is not stored (generation check).
 * - Time: an entry older than `freshMs` is still sent, and one request goes through Next to
 *   replace it (stale-while-revalidate, one refresh per page at a time). So a page never lags
 *   Next's own cached copy by more than `freshMs`; Next's copy follows the page's `revalidate`.
 *   This also bounds how long another server process's change takes to show here.
 * - Size: at most `maxEntries` pages; the least recently used goes first.
 */
import crypto from 'node:crypto'
import zlib from 'node:zlib'

export const CONTENT_CHANGED_EVENT = 'ntm:content-changed'

/** Headers that describe one transfer, not the page; set anew on every answer. */
const PER_ANSWER = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'vary',
  'etag',
  // Whatever Next said of the render kept here, this answer comes from a cache.
  'x-nextjs-cache',
  // Per client: the API rate limit sets its own on every request, before the memo answers.
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'set-cookie',
])

export const isShareable = (cacheControl) =>
  /\b(s-maxage|public)\b/.test(cacheControl) && !/\b(private|no-store|no-cache)\b/.test(cacheControl)

export const createPageMemo = ({ maxEntries = 500, freshMs = 5000, refresh }) => {
  const entries = new Map()
  const refreshing = new Set()
  let generation = 0

  const clear = () => {
    generation += 1
    entries.clear()
  }

  /** Stores a rendered page if nothing changed since its render began (`startedAt`). */
  const store = (url, { headers, body }, startedAt) => {
    if (startedAt !== generation) return
    const etag = `W/"${crypto.createHash('sha1').update(body).digest('base64url')}"`
    const gzip = zlib.gzipSync(body)
    // Each answer's whole header list, flat, built once: writeHead with an array is the
    // cheapest way Node sends headers, which is most of what a kept answer costs.
    const common = []
    for (const [name, value] of Object.entries(headers)) {
      if (PER_ANSWER.has(name) || value === undefined) continue
      for (const one of Array.isArray(value) ? value : [value]) common.push(name, String(one))
    }
    common.push('etag', etag, 'vary', 'Accept-Encoding', 'x-nextjs-cache', 'HIT', 'x-ntm-cache', 'HIT')
    entries.delete(url)
    entries.set(url, {
      etag,
      plain: body,
      gzip,
      plainHead: [...common, 'content-length', String(body.length)],
      gzipHead: [...common, 'content-encoding', 'gzip', 'content-length', String(gzip.length)],
      notModifiedHead: common.filter((_, i) => common[i - (i % 2)] !== 'content-type'),
      storedAt: Date.now(),
    })
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value)
  }

  const startRefresh = (url) => {
    if (refreshing.has(url)) return
    refreshing.add(url)
    Promise.resolve()
      .then(() => refresh(url))
      .catch((error) => {
        // Not kept stale forever: the next request goes through Next.
        entries.delete(url)
        console.error(`page memo: could not refresh ${url}`, error)
      })
      .finally(() => refreshing.delete(url))
  }

  /** Answers from memory and returns true, or returns false to let Next answer. */
  const answer = (req, res) => {
    const entry = entries.get(req.url)
    if (!entry) return false
    // Least recently used goes first: move this one to the end.
    entries.delete(req.url)
    entries.set(req.url, entry)
    if (Date.now() - entry.storedAt > freshMs) startRefresh(req.url)

    const known = req.headers['if-none-match']
    if (known && known.split(',').some((tag) => tag.trim() === entry.etag || tag.trim() === '*')) {
      res.writeHead(304, entry.notModifiedHead)
      res.end()
      return true
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
    res.writeHead(200, gzip ? entry.gzipHead : entry.plainHead)
    res.end(req.method === 'HEAD' ? undefined : gzip ? entry.gzip : entry.plain)
    return true
  }

  return { answer, store, clear, generation: () => generation, size: () => entries.size }
}
