import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../scripts/lib/server'
import { ensureStaff, type StaffTokens } from '../helpers/http'
import { isolatedDatabase } from '../helpers/servers'

/**
 * Two production server processes on one database: a change made through A (unpublish, bulk
 * unpublish, delete, a scheduled publish run by A's job runner) is seen on B's pages, feeds and
 * API answers within one second, though B had them in its memory of answers and in Next's cache;
 * and the API rate limit holds in total across both.
 */
const SEEN_WITHIN_MS = 1000
const RATE_LIMIT = 12

let iso: Awaited<ReturnType<typeof isolatedDatabase>>
let a: RunningServer
let b: RunningServer
let tokens: StaffTokens
let reader = 0

/** A fresh client address for each anonymous API read, so the test's reads stay under the limit. */
const anonymous = () => ({ 'x-forwarded-for': `198.51.100.${(reader++ % 200) + 1}` })

const api = async (server: RunningServer, path: string, init: RequestInit & { json?: unknown } = {}) => {
  const headers = new Headers(init.headers)
  headers.set('authorization', `JWT ${tokens.editor}`)
  if (init.json !== undefined) headers.set('content-type', 'application/json')
  const response = await fetch(`${server.url}${path}`, {
    ...init,
    headers,
    body: init.json === undefined ? init.body : JSON.stringify(init.json),
  })
  const text = await response.text()
  return { status: response.status, text, body: text ? JSON.parse(text) : {} }
}

const publish = async (title: string) => {
  const created = await api(a, '/api/articles', { method: 'POST', json: { title, summary: `${title}.` } })
  expect(created.status, created.text).toBe(201)
  const id = created.body.doc.id as number
  const published = await api(a, `/api/articles/${id}`, { method: 'PATCH', json: { _status: 'published' } })
  expect(published.status, published.text).toBe(200)
  return { id, slug: created.body.doc.slug as string }
}

/** What B shows of an article: its page, the RSS feed, and a public API read. */
const seenOn = async (server: RunningServer, slug: string) => {
  const page = await fetch(`${server.url}/tin-tuc/${slug}`)
  await page.arrayBuffer()
  const feed = await (await fetch(`${server.url}/rss.xml`)).text()
  const list = await (
    await fetch(`${server.url}/api/articles?where[slug][equals]=${slug}&depth=0`, { headers: anonymous() })
  ).json()
  return { page: page.status === 200, feed: feed.includes(`/tin-tuc/${slug}<`), api: list.totalDocs === 1 }
}

/** Reads until B shows the article everywhere and keeps the page in memory: the state the bug needs. */
const warm = async (server: RunningServer, slug: string) => {
  await within(SEEN_WITHIN_MS, async () => {
    const seen = await seenOn(server, slug)
    return seen.page && seen.feed && seen.api
  })
  await seenOn(server, slug)
  const again = await fetch(`${server.url}/tin-tuc/${slug}`)
  await again.arrayBuffer()
  expect(again.headers.get('x-ntm-cache')).toBe('HIT')
}

/** Polls until `check` holds; returns how long it took, or fails after `limitMs`. */
const within = async (limitMs: number, check: () => Promise<boolean>): Promise<number> => {
  const started = Date.now()
  while (Date.now() - started <= limitMs) {
    if (await check()) return Date.now() - started
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`not seen within ${limitMs} ms`)
}

const gone = (server: RunningServer, slug: string) => async () => {
  const seen = await seenOn(server, slug)
  return !seen.page && !seen.feed && !seen.api
}

beforeAll(async () => {
  tokens = await ensureStaff()
  iso = await isolatedDatabase('cross')
  const env = { API_RATE_LIMIT: String(RATE_LIMIT), API_RATE_WINDOW_SECONDS: '60' }
  ;[a, b] = await Promise.all([
    iso.start({ ...env, PAYLOAD_JOBS_AUTORUN: 'true', PAYLOAD_JOBS_INTERVAL_SECONDS: '1' }),
    iso.start(env),
  ])
})

afterAll(async () => {
  await iso?.stop()
})

describe('a change through one process, seen by the other within a second', () => {
  it('unpublish', async () => {
    const { id, slug } = await publish(`Bài gỡ xuất bản qua tiến trình A ${Date.now()}`)
    await warm(b, slug)
    const done = await api(a, `/api/articles/${id}`, { method: 'PATCH', json: { _status: 'draft' } })
    expect(done.status, done.text).toBe(200)
    await within(SEEN_WITHIN_MS, gone(b, slug))
    expect(await gone(a, slug)()).toBe(true)
  })

  it('bulk unpublish (the admin list’s "unpublish selected")', async () => {
    const first = await publish(`Bài gỡ hàng loạt một ${Date.now()}`)
    const second = await publish(`Bài gỡ hàng loạt hai ${Date.now()}`)
    for (const server of [a, b]) for (const { slug } of [first, second]) await warm(server, slug)
    const done = await api(a, `/api/articles?where[id][in][0]=${first.id}&where[id][in][1]=${second.id}`, {
      method: 'PATCH',
      json: { _status: 'draft' },
    })
    expect(done.status, done.text).toBe(200)
    expect(done.body.docs).toHaveLength(2)
    for (const server of [b, a]) {
      for (const { slug } of [first, second]) await within(SEEN_WITHIN_MS, gone(server, slug))
    }
    // And it stays gone once every kept answer would have been refreshed.
    await new Promise((r) => setTimeout(r, 6000))
    for (const server of [a, b])
      for (const { slug } of [first, second]) expect(await gone(server, slug)()).toBe(true)
  })

  it('delete', async () => {
    const { id, slug } = await publish(`Bài bị xoá qua tiến trình A ${Date.now()}`)
    await warm(b, slug)
    const done = await api(a, `/api/articles/${id}`, { method: 'DELETE' })
    expect(done.status, done.text).toBe(200)
    await within(SEEN_WITHIN_MS, gone(b, slug))
  })

  it('a scheduled publish run by the other process’s job runner', async () => {
    const created = await api(a, '/api/articles?draft=true', {
      method: 'POST',
      json: { title: `Bài hẹn giờ qua tiến trình A ${Date.now()}`, summary: 'Hẹn giờ.' },
    })
    expect(created.status, created.text).toBe(201)
    const { id, slug } = created.body.doc as { id: number; slug: string }
    // B has its lists kept and has seen the article's page as a 404.
    expect((await seenOn(b, slug)).page).toBe(false)
    await fetch(`${b.url}/rss.xml`).then((r) => r.text())
    const at = new Date(Date.now() + 1500)
    const scheduled = await api(a, `/api/articles/${id}/schedule`, {
      method: 'POST',
      json: { at: at.toISOString() },
    })
    expect(scheduled.status, scheduled.text).toBe(202)
    // The moment the database says published, B has at most a second.
    await within(
      30_000,
      async () => (await api(a, `/api/articles/${id}?depth=0`)).body._status === 'published',
    )
    await within(SEEN_WITHIN_MS, async () => {
      const seen = await seenOn(b, slug)
      return seen.page && seen.feed && seen.api
    })
  })
})

describe('the API rate limit across processes', () => {
  it('lets one client make at most the limit in total, whichever process it reaches', async () => {
    const client = { 'x-forwarded-for': '203.0.113.77' }
    const statuses: number[] = []
    for (let n = 0; n < RATE_LIMIT * 2; n += 1) {
      const server = n % 2 ? b : a
      const response = await fetch(`${server.url}/api/categories?limit=1&n=${n}`, { headers: client })
      await response.arrayBuffer()
      statuses.push(response.status)
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(RATE_LIMIT)
    expect(statuses.slice(RATE_LIMIT).every((status) => status === 429)).toBe(true)
  })
})
