import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type RunningServer, startServer } from '../../scripts/lib/server'
import { baseUrl } from '../helpers/http'
import { pool } from '../helpers/servers'
import { TEST_ENGINE } from '../helpers/engine'

/**
 * The visitor statistics over HTTP, against two production server processes sharing one
 * SQLite file (the server of this suite and a second one started here). Counts are read from
 * the database itself.
 */
const VISITORS = 300
const VIEWS_EACH = 10
const BOT_HITS = 100
const UNKNOWN_PATHS = 50
const CONCURRENCY = 64
const PATHS = ['/', '/tin-tuc', '/xa', '/xa/cao-lau', '/tieu-chi', '/su-kien', '/tim-kiem']

let second: RunningServer
let db: Client
let logDir: string

const userAgent = (n: number) =>
  `Mozilla/5.0 (Linux; Android 14; Visitor ${n}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36`
const address = (n: number) => `10.20.${Math.floor(n / 250)}.${(n % 250) + 1}`

type Counters = { visits: number; page_views: number; bots: number; ignored: number; rate_limited: number }
const allTime = async (): Promise<Counters> => {
  const { rows } = await db.execute(
    "SELECT visits, page_views, bots, ignored, rate_limited FROM stats_counters WHERE period = 'all'",
  )
  const row = rows[0] ?? {}
  return {
    visits: Number(row.visits ?? 0),
    page_views: Number(row.page_views ?? 0),
    bots: Number(row.bots ?? 0),
    ignored: Number(row.ignored ?? 0),
    rate_limited: Number(row.rate_limited ?? 0),
  }
}

const hit = (server: string, body: unknown, headers: Record<string, string>) =>
  fetch(`${server}/api/stats/hit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

beforeAll(async () => {
  const env = inject('serverEnv')
  if (TEST_ENGINE === 'sqlite') db = createClient({ url: env.DATABASE_URI })
  logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-stats-second-'))
  second = await startServer({ ...process.env, ...env }, path.join(logDir, 'server.log'))
})

afterAll(async () => {
  await second?.stop()
  db?.close()
  fs.rmSync(logDir, { recursive: true, force: true })
})

describe.skipIf(TEST_ENGINE === 'mongodb')('counting across two server processes on one SQLite file', () => {
  it('stores exactly the visits, visitors and page views sent', async () => {
    const servers = [baseUrl(), second.url]
    const before = await allTime()
    const startedAt = Date.now()
    const tasks: (() => Promise<{ status: number; outcome?: string; visitor?: number }>)[] = []
    // Round by round so each visitor's page views are spread over both processes and in flight together.
    for (let round = 0; round < VIEWS_EACH; round += 1) {
      for (let visitor = 0; visitor < VISITORS; visitor += 1) {
        tasks.push(async () => {
          const response = await hit(
            servers[(visitor + round) % 2],
            { path: PATHS[(visitor + round) % PATHS.length] },
            { 'user-agent': userAgent(visitor), 'x-forwarded-for': address(visitor) },
          )
          return { status: response.status, outcome: (await response.json()).outcome, visitor }
        })
      }
    }
    for (let n = 0; n < BOT_HITS; n += 1) {
      tasks.push(async () => {
        const response = await hit(
          servers[n % 2],
          { path: '/' },
          {
            'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
            'x-forwarded-for': address(n),
          },
        )
        return { status: response.status, outcome: (await response.json()).outcome }
      })
    }
    for (let n = 0; n < UNKNOWN_PATHS; n += 1) {
      tasks.push(async () => {
        const response = await hit(
          servers[n % 2],
          { path: `/wp-admin/${n}` },
          {
            'user-agent': userAgent(n),
            'x-forwarded-for': address(n),
          },
        )
        return { status: response.status, outcome: (await response.json()).outcome }
      })
    }
    const results = await pool(tasks, CONCURRENCY)

    expect(results.filter((r) => r.status !== 200)).toEqual([])
    const visitsPerVisitor = new Map<number, number>()
    for (const r of results) {
      if (r.outcome === 'visit' && r.visitor !== undefined) {
        visitsPerVisitor.set(r.visitor, (visitsPerVisitor.get(r.visitor) ?? 0) + 1)
      }
    }
    // Every visitor started exactly one visit, whichever process saw them first.
    expect(visitsPerVisitor.size).toBe(VISITORS)
    expect([...visitsPerVisitor.values()].every((n) => n === 1)).toBe(true)

    const after = await allTime()
    expect(after.visits - before.visits).toBe(VISITORS)
    expect(after.page_views - before.page_views).toBe(VISITORS * VIEWS_EACH)
    expect(after.bots - before.bots).toBe(BOT_HITS)
    expect(after.ignored - before.ignored).toBe(UNKNOWN_PATHS)
    expect(after.rate_limited - before.rate_limited).toBe(0)
    const { rows } = await db.execute({
      sql: 'SELECT count(*) AS n FROM stats_visitors WHERE last_seen >= ?',
      args: [startedAt],
    })
    expect(Number(rows[0].n)).toBe(VISITORS)
  })

  it('keeps every count when a process is killed and restarted', async () => {
    const before = await allTime()
    await second.stop('SIGKILL')
    second = await startServer({ ...process.env, ...inject('serverEnv') }, path.join(logDir, 'server.log'))
    expect(await allTime()).toEqual(before)
    const summary = await (await fetch(`${second.url}/api/stats`)).json()
    expect(summary.total).toBe(before.visits + 79_917)
  })

  it('counts what the page script sends, never a plain page request', async () => {
    const before = await allTime()
    expect((await fetch(`${baseUrl()}/tin-tuc`)).status).toBe(200)
    expect(await allTime()).toEqual(before)
  })
})

describe('the public figures', () => {
  it('answers GET /api/stats with the four figures, cacheable for at most 30 s', async () => {
    const response = await fetch(`${baseUrl()}/api/stats`)
    expect(response.status).toBe(200)
    const body = await response.json()
    for (const key of ['online', 'today', 'month', 'total']) expect(Number.isInteger(body[key])).toBe(true)
    expect(new Date(body.updatedAt).getTime()).not.toBeNaN()
    const maxAge = Number(/max-age=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1])
    expect(maxAge).toBeGreaterThan(0)
    expect(maxAge).toBeLessThanOrEqual(30)
  })

  it('renders them in the footer of every page, in vi-VN numbers, readable without JavaScript', async () => {
    const response = await fetch(`${baseUrl()}/lien-he`)
    // Payload's critical client hint would make Chromium send every first request twice.
    expect(response.headers.get('critical-ch')).toBeNull()
    const html = await response.text()
    for (const name of ['Đang online', 'Hôm nay', 'Trong tháng', 'Tất cả']) expect(html).toContain(name)
    expect(html).toMatch(/data-stat="total">\d{1,3}(\.\d{3})+</)
    const script = /<script id="ntm-stats"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? ''
    expect(script).toContain('/api/stats/hit')
    expect(Buffer.byteLength(script)).toBeLessThanOrEqual(2048)
  })
})

describe('bad beacons', () => {
  const human = { 'user-agent': userAgent(9999), 'x-forwarded-for': '10.99.0.1' }

  it.each([
    ['not JSON', 'path=/'],
    ['an array', '[]'],
    ['a path off the site', JSON.stringify({ path: 'https://evil.example/' })],
    ['a non-boolean signal', JSON.stringify({ path: '/', headless: 'no' })],
    ['an empty body', ''],
  ])('answers %s with 400 and a message', async (_name, body) => {
    const response = await hit(baseUrl(), body, human)
    expect(response.status).toBe(400)
    expect((await response.json()).error).toMatch(/\w/)
  })

  it('answers a body over 2 KB with 413, whatever it claims', async () => {
    const big = JSON.stringify({ path: '/', pad: 'x'.repeat(4000) })
    expect((await hit(baseUrl(), big, human)).status).toBe(413)
  })

  it('answers GET on the beacon with 405', async () => {
    const response = await fetch(`${baseUrl()}/api/stats/hit`)
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST')
  })

  it('drops one visitor past the per-minute cap and counts the rest as filtered', async () => {
    // The cap is per clock minute: start well inside one.
    const second = new Date().getSeconds()
    if (second >= 55) await new Promise((r) => setTimeout(r, (61 - second) * 1000))
    const before = await allTime()
    const visitor = { 'user-agent': userAgent(5555), 'x-forwarded-for': '10.99.0.2' }
    const outcomes = await pool(
      Array.from(
        { length: 40 },
        () => async () => (await (await hit(baseUrl(), { path: '/' }, visitor)).json()).outcome,
      ),
      8,
    )
    expect(outcomes.filter((o) => o === 'rate-limited').length).toBeGreaterThanOrEqual(10)
    const after = await allTime()
    expect(after.page_views - before.page_views).toBeLessThanOrEqual(30)
    expect(after.visits - before.visits).toBe(1)
    expect(after.page_views - before.page_views + after.rate_limited - before.rate_limited).toBe(40)
  })

  it('lets one address add at most STATS_MAX_VISITORS_PER_ADDRESS visitors, however it names its browser', async () => {
    const before = await allTime()
    const cap = 300
    const outcomes = await pool(
      Array.from({ length: cap + 10 }, (_, n) => async () => {
        const headers = { 'user-agent': userAgent(20_000 + n), 'x-forwarded-for': '10.98.0.7' }
        return (await (await hit(baseUrl(), { path: '/' }, headers)).json()).outcome as string
      }),
      16,
    )
    expect(outcomes.filter((o) => o === 'visit')).toHaveLength(cap)
    expect(outcomes.filter((o) => o === 'rate-limited')).toHaveLength(10)
    const after = await allTime()
    expect(after.visits - before.visits).toBe(cap)
    expect(after.rate_limited - before.rate_limited).toBe(10)
  })
})
