import type { Client } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../scripts/lib/server'
import { ensureStaff, STAFF_PASSWORD } from '../helpers/http'
import { isolatedDatabase } from '../helpers/servers'
import { TEST_ENGINE } from '../helpers/engine'

/**
 * Server processes on one SQLite file under mixed load: readers' pages, API and GraphQL reads,
 * visitor beacons and an editor publishing, all at once, for a few seconds (bounded: these are
 * correctness tests, `npm run bench` measures speed). What the servers acknowledged must be in
 * the database afterwards, exactly; no answer may be a 5xx.
 */
const LOAD_MS = 4000
const READERS = 10
const PAGES = ['/', '/tin-tuc', '/xa', '/xa/cao-lau', '/tieu-chi', '/su-kien', '/tim-kiem?q=cao%20loc']
const APIS = ['/api/articles?limit=5&depth=1', '/api/communes?limit=5&depth=0', '/api/stats']
const GRAPHQL = JSON.stringify({ query: '{ Articles(limit: 5) { docs { title slug } } }' })

let iso: Awaited<ReturnType<typeof isolatedDatabase>>
let first: RunningServer
let second: RunningServer

type Tally = {
  /** Beacons the servers answered 200 with a counted outcome. */
  visits: number
  views: number
  /** Requests that got no answer at all (their server was killed). */
  unanswered: number
  unansweredBeacons: number
  /** Any 5xx, with where it came from. */
  serverErrors: string[]
  /** Articles the servers acknowledged as published (slug). */
  published: string[]
  requests: number
}
const newTally = (): Tally => ({
  visits: 0,
  views: 0,
  unanswered: 0,
  unansweredBeacons: 0,
  serverErrors: [],
  published: [],
  requests: 0,
})

let visitor = 0

/**
 * One request, read to the end; a 5xx is recorded, a connection dropped before the whole answer
 * arrived (its server was killed) counted as unanswered.
 */
const send = async (
  tally: Tally,
  url: string,
  init?: RequestInit,
): Promise<{ status: number; text: string } | null> => {
  tally.requests += 1
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) })
    const text = await response.text()
    if (response.status >= 500)
      tally.serverErrors.push(`${init?.method ?? 'GET'} ${url} → ${response.status}`)
    return { status: response.status, text }
  } catch {
    tally.unanswered += 1
    return null
  }
}

const beacon = async (tally: Tally, server: string) => {
  const n = (visitor += 1)
  const response = await send(tally, `${server}/api/stats/hit`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': `Mozilla/5.0 (Linux; Android 14; Reliability ${n}) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36`,
      'x-forwarded-for': `10.77.${(n >> 8) & 255}.${n & 255}`,
    },
    body: JSON.stringify({ path: PAGES[n % PAGES.length].split('?')[0] }),
  })
  if (!response) {
    tally.unansweredBeacons += 1
    return
  }
  if (response.status !== 200) return
  const outcome = (JSON.parse(response.text) as { outcome: string }).outcome
  if (outcome === 'visit') tally.visits += 1
  if (outcome === 'view') tally.views += 1
}

/** A reader's loop until `until`: pages, API, GraphQL and the page's beacon, on `servers()`. */
const reader = async (tally: Tally, servers: () => string[], until: number, seed: number) => {
  for (let i = seed; Date.now() < until; i += 1) {
    const list = servers()
    const server = list[i % list.length]
    const action = i % 4
    if (action === 0) await send(tally, `${server}${PAGES[i % PAGES.length]}`)
    if (action === 1) await send(tally, `${server}${APIS[i % APIS.length]}`)
    if (action === 2)
      await send(tally, `${server}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: GRAPHQL,
      })
    if (action === 3) await beacon(tally, server)
  }
}

const login = async (server: string): Promise<string> => {
  const response = await fetch(`${server}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@test.example', password: STAFF_PASSWORD }),
  })
  const body = (await response.json()) as { token: string }
  if (response.status !== 200) throw new Error(`login: ${response.status} ${JSON.stringify(body)}`)
  return body.token
}

/** An editor publishing one article after another until `until`, on `servers()` in turn. */
const editor = async (tally: Tally, servers: () => string[], until: number, label: string) => {
  const tokens = new Map<string, string>()
  for (let i = 0; Date.now() < until; i += 1) {
    const list = servers()
    const server = list[i % list.length]
    let token = tokens.get(server)
    if (!token) {
      token = await login(server).catch(() => '')
      if (!token) continue
      tokens.set(server, token)
    }
    const response = await send(tally, `${server}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title: `Tin tải thử ${label} số ${i}`, _status: 'published' }),
    })
    if (response?.status === 201)
      tally.published.push((JSON.parse(response.text) as { doc: { slug: string } }).doc.slug)
  }
}

const counters = async (db: Client) => {
  const { rows } = await db.execute("SELECT visits, page_views FROM stats_counters WHERE period = 'all'")
  return { visits: Number(rows[0]?.visits ?? 0), pageViews: Number(rows[0]?.page_views ?? 0) }
}

/** Every slug, published, as the API of `server` sees it. */
const publishedOn = async (server: string, slugs: string[]): Promise<string[]> => {
  const found: string[] = []
  for (let i = 0; i < slugs.length; i += 50) {
    const batch = slugs.slice(i, i + 50)
    const query = batch.map((slug, n) => `where[slug][in][${n}]=${encodeURIComponent(slug)}`).join('&')
    const body = (await (await fetch(`${server}/api/articles?${query}&limit=100&depth=0`)).json()) as {
      docs: { slug: string; _status: string }[]
    }
    found.push(...body.docs.filter((doc) => doc._status === 'published').map((doc) => doc.slug))
  }
  return found.sort()
}

beforeAll(async () => {
  if (TEST_ENGINE === 'mongodb') return
  // The editor's account must exist before the database is copied.
  await ensureStaff()
  iso = await isolatedDatabase('reliability')
  ;[first, second] = await Promise.all([iso.start(), iso.start()])
})

afterAll(async () => {
  await iso?.stop()
})

describe.skipIf(TEST_ENGINE === 'mongodb')('two server processes on one SQLite file under mixed load', () => {
  it('store exactly the visits they accepted, keep every acknowledged publication, answer no 5xx', async () => {
    const before = await counters(iso.db())
    const tally = newTally()
    const servers = () => [first.url, second.url]
    const until = Date.now() + LOAD_MS
    await Promise.all([
      ...Array.from({ length: READERS }, (_, n) => reader(tally, servers, until, n)),
      editor(tally, servers, until, 'hai tiến trình'),
    ])
    const after = await counters(iso.db())

    expect(tally.serverErrors).toEqual([])
    expect(tally.unanswered).toBe(0)
    // A floor that says the load ran, not a speed: every publication makes both processes render
    // their pages again (server/changes/), so how much fits in LOAD_MS depends on the machine.
    expect(tally.visits).toBeGreaterThan(0)
    expect(tally.published.length).toBeGreaterThan(0)
    expect(after.visits - before.visits).toBe(tally.visits)
    expect(after.pageViews - before.pageViews).toBe(tally.visits + tally.views)
    for (const server of [first.url, second.url]) {
      expect(await publishedOn(server, tally.published)).toEqual([...tally.published].sort())
    }
    const page = await fetch(`${second.url}/tin-tuc/${tally.published.at(-1)}`)
    expect(page.status).toBe(200)
  })

  it('lose nothing committed when one is killed with SIGKILL mid-load; it restarts on a sound database', async () => {
    const before = await counters(iso.db())
    const tally = newTally()
    let victim: RunningServer = second
    let down = false
    const servers = () => (down ? [first.url] : [first.url, victim.url])
    const until = Date.now() + 3 * LOAD_MS
    const load = Promise.all([
      ...Array.from({ length: READERS }, (_, n) => reader(tally, servers, until, n)),
      editor(tally, servers, until, 'khi dừng đột ngột'),
    ])
    await new Promise((r) => setTimeout(r, LOAD_MS))
    down = true
    await victim.stop('SIGKILL')
    const killedAt = tally.requests
    await new Promise((r) => setTimeout(r, 500))
    victim = await iso.start()
    down = false
    await load
    second = victim
    const after = await counters(iso.db())

    // Requests in flight to the killed process get no answer (or a 5xx from it); nothing else may fail.
    expect(tally.serverErrors).toEqual([])
    expect(tally.requests).toBeGreaterThan(killedAt)
    expect(tally.published.length).toBeGreaterThan(0)
    const stored = after.visits - before.visits
    // A beacon committed just before the kill may never have been answered: at most those extra.
    expect(stored).toBeGreaterThanOrEqual(tally.visits)
    expect(stored).toBeLessThanOrEqual(tally.visits + tally.unansweredBeacons)
    expect(after.pageViews - before.pageViews).toBeGreaterThanOrEqual(tally.visits + tally.views)
    for (const server of [first.url, victim.url]) {
      const found = await publishedOn(server, tally.published)
      expect(found).toEqual([...tally.published].sort())
    }
    const check = await iso.db().execute('PRAGMA integrity_check')
    expect(check.rows.map((row) => Object.values(row)[0])).toEqual(['ok'])
    const keys = await iso.db().execute('PRAGMA foreign_key_check')
    expect(keys.rows).toEqual([])
  })
})
