import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { trustedProxies } from '../../lib/net/clientAddress'
import { dashboardFigures } from '../../lib/stats/dashboard'
import { type BeaconRequest, handleBeacon } from '../../lib/stats/ingest'
import { ALL_SITES } from '../../lib/sites'
import { openStatsService, type StatsService } from '../../lib/stats/service'
import { createStaff, type Staff, startPayload, TEST_ENGINE, type TestPayload } from '../helpers/payload'

/**
 * The statistics store on a real Payload schema (temporary SQLite file): the counting windows
 * with an injected clock, midnight in Việt Nam, filters, settings, restart and access.
 */
const HUMAN =
  'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36'
const minutes = (n: number) => n * 60_000

let ctx: TestPayload
let staff: Staff
let clock = Date.parse('2024-07-02T03:00:00.000Z') // 10:00 in Việt Nam
const services: StatsService[] = []

const open = async () => {
  const service = await openStatsService({
    databaseUri: process.env.DATABASE_URI,
    now: () => clock,
    summaryTtlMs: 0,
  })
  services.push(service)
  return service
}

const beacon = (
  service: StatsService,
  options: {
    path?: string
    address?: string
    userAgent?: string
    headers?: Record<string, string>
    site?: string
  } = {},
  body: unknown = { path: options.path ?? '/' },
) =>
  handleBeacon(service, {
    method: 'POST',
    headers: { 'user-agent': options.userAgent ?? HUMAN, ...options.headers },
    body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
    socketAddress: options.address ?? '203.0.113.1',
    trustedProxies: trustedProxies({}),
    placeOf: (path) => ({ site: options.site ?? 'default', path }),
  } satisfies BeaconRequest)

const counter = async (period: string) => {
  const { docs } = await ctx.payload.find({
    collection: 'stats-counters',
    where: { period: { equals: period } },
    overrideAccess: true,
  })
  return docs[0]
}

beforeAll(async () => {
  ctx = await startPayload()
  staff = await createStaff(ctx.payload)
  await ctx.payload.updateGlobal({
    slug: 'site-settings',
    data: { portalName: 'Thử nghiệm' },
    overrideAccess: true,
  })
})

afterAll(async () => {
  for (const service of services) await service.close()
  await ctx?.close()
})

describe('figures per site', () => {
  it('counts each site under its own key, and the province’s figures are the sum of every site’s', async () => {
    const service = await open()
    const [province, a, b] = await Promise.all([
      service.summary(ALL_SITES),
      service.summary('71'),
      service.summary('72'),
    ])
    for (const [site, address] of [
      ['71', '203.0.113.71'],
      ['71', '203.0.113.72'],
      ['72', '203.0.113.73'],
    ])
      expect((await beacon(service, { site, address, path: '/tin-tuc' })).body).toEqual({ outcome: 'visit' })
    const [provinceAfter, aAfter, bAfter] = await Promise.all([
      service.summary(ALL_SITES),
      service.summary('71'),
      service.summary('72'),
    ])
    expect(aAfter.today - a.today).toBe(2)
    expect(bAfter.today - b.today).toBe(1)
    // The dashboard of an editor of site 71 shows its rows only; several sites' add up.
    await service.flush()
    const today = async (sites: string | string[]) =>
      (await dashboardFigures(ctx.payload, { now: clock, site: sites })).rows.at(-1)!.visits
    expect(await today(['71'])).toBe(aAfter.today)
    expect(await today(['71', '72'])).toBe(aAfter.today + bAfter.today)
    for (const figure of ['today', 'month', 'total', 'online'] as const)
      expect(provinceAfter[figure] - province[figure], figure).toBe(
        aAfter[figure] - a[figure] + (bAfter[figure] - b[figure]),
      )
  })
})

describe('visits and online, with an injected clock', () => {
  it('continues a visit at 29 minutes and starts a new one at 31', async () => {
    const service = await open()
    const visitor = { address: '203.0.113.10' }
    const before = (await service.summary()).today
    expect((await beacon(service, visitor)).body).toEqual({ outcome: 'visit' })
    clock += minutes(29)
    expect((await beacon(service, visitor)).body).toEqual({ outcome: 'view' })
    clock += minutes(31)
    expect((await beacon(service, visitor)).body).toEqual({ outcome: 'visit' })
    expect((await service.summary()).today).toBe(before + 2)
  })

  it('counts a visitor seen 4 minutes ago as online, not one seen 6 minutes ago', async () => {
    const service = await open()
    clock += minutes(60) // everyone from earlier tests is gone
    expect((await service.summary()).online).toBe(0)
    await beacon(service, { address: '203.0.113.20' })
    clock += minutes(2)
    await beacon(service, { address: '203.0.113.21' })
    clock += minutes(4) // first seen 6 minutes ago, second 4
    expect((await service.summary()).online).toBe(1)
    clock += minutes(2)
    expect((await service.summary()).online).toBe(0)
  })

  it('rolls the day, the month and the year over at midnight in Việt Nam', async () => {
    const service = await open()
    clock = Date.parse('2025-01-31T16:59:00.000Z') // 23:59 on 31/1 in Việt Nam
    await beacon(service, { address: '203.0.113.30' })
    expect(await service.summary()).toMatchObject({ today: 1, month: 1 })
    clock = Date.parse('2025-01-31T17:01:00.000Z') // 00:01 on 1/2
    expect(await service.summary()).toMatchObject({ today: 0, month: 0 })
    // A new day means a new salt, so the same person is a new visitor: one visit per day.
    await beacon(service, { address: '203.0.113.30' })
    expect(await service.summary()).toMatchObject({ today: 1, month: 1 })
    expect((await counter('2025-01-31'))?.visits).toBe(1)
    expect((await counter('2025-02-01'))?.visits).toBe(1)
    expect((await counter('2025-01'))?.visits).toBe(1)
  })
})

describe('what is not counted', () => {
  it('filters crawlers, automated browsers, unknown paths and over-eager visitors, counting them apart', async () => {
    const service = await open()
    clock = Date.parse('2024-09-02T03:00:00.000Z')
    const day = '2024-09-02'
    expect(
      (await beacon(service, { userAgent: 'Googlebot/2.1 (+http://www.google.com/bot.html)' })).body,
    ).toEqual({
      outcome: 'filtered',
    })
    expect((await beacon(service, {}, { path: '/', webdriver: true })).body).toEqual({ outcome: 'filtered' })
    expect((await beacon(service, {}, { path: '/', headless: true })).body).toEqual({ outcome: 'filtered' })
    expect((await beacon(service, { path: '/wp-login.php' })).body).toEqual({ outcome: 'filtered' })
    expect((await beacon(service, { headers: { 'sec-fetch-site': 'cross-site' } })).body).toEqual({
      outcome: 'filtered',
    })
    const outcomes = []
    for (let i = 0; i < 32; i += 1) outcomes.push((await beacon(service, { address: '203.0.113.40' })).body)
    expect(outcomes.filter((o) => JSON.stringify(o) === '{"outcome":"rate-limited"}')).toHaveLength(2)
    expect(await counter(day)).toMatchObject({
      visits: 1,
      pageViews: 30,
      bots: 3,
      ignored: 2,
      rateLimited: 2,
      declined: 0,
    })
  })

  it('honours DNT and Sec-GPC by the site setting (on by default)', async () => {
    const service = await open()
    clock = Date.parse('2024-10-02T03:00:00.000Z')
    expect((await beacon(service, { headers: { dnt: '1' } })).body).toEqual({ outcome: 'filtered' })
    expect((await beacon(service, { headers: { 'sec-gpc': '1' } })).body).toEqual({ outcome: 'filtered' })
    await ctx.payload.updateGlobal({
      slug: 'site-settings',
      data: { statistics: { honourDoNotTrack: false } },
      overrideAccess: true,
    })
    clock += 31_000 // the settings are re-read at most every 30 s
    expect((await beacon(service, { headers: { dnt: '1' } })).body).toEqual({ outcome: 'visit' })
    expect(await counter('2024-10-02')).toMatchObject({ declined: 2, visits: 1 })
    await ctx.payload.updateGlobal({
      slug: 'site-settings',
      data: { statistics: { honourDoNotTrack: true } },
      overrideAccess: true,
    })
  })

  it('answers bad beacons with 400, 405 and 413 and counts nothing', async () => {
    const service = await open()
    expect((await beacon(service, {}, 'not json')).status).toBe(400)
    expect((await beacon(service, {}, { path: 'https://example.com' })).status).toBe(400)
    expect((await beacon(service, {}, { path: '/', webdriver: 'no' })).status).toBe(400)
    const big = await handleBeacon(service, {
      method: 'POST',
      headers: { 'user-agent': HUMAN },
      body: null,
      socketAddress: '203.0.113.1',
      trustedProxies: trustedProxies({}),
      placeOf: (path) => ({ site: 'default', path }),
    })
    expect(big.status).toBe(413)
    const get = await handleBeacon(service, {
      method: 'GET',
      headers: {},
      body: Buffer.alloc(0),
      socketAddress: '203.0.113.1',
      trustedProxies: trustedProxies({}),
      placeOf: (path) => ({ site: 'default', path }),
    })
    expect(get.status).toBe(405)
    for (const answer of [big, get]) expect(answer.body).toHaveProperty('error')
  })
})

describe('storage', () => {
  it('keeps every total across a restart and adds the offset from site settings to Tất cả', async () => {
    clock = Date.parse('2024-11-02T03:00:00.000Z')
    const first = await open()
    await beacon(first, { address: '203.0.113.50' })
    const before = await first.summary()
    await first.close()
    services.splice(services.indexOf(first), 1)
    const second = await open()
    expect(await second.summary()).toEqual(before)
    await ctx.payload.updateGlobal({
      slug: 'site-settings',
      data: { statistics: { totalOffset: 79_917 } },
      overrideAccess: true,
    })
    clock += 31_000
    expect((await second.summary()).total).toBe(before.total + 79_917)
  })

  // The SQLite store read directly; its MongoDB twin is exercised through the service above.
  it.skipIf(TEST_ENGINE === 'mongodb')('deletes salts and visitor rows past their time', async () => {
    const service = await open()
    clock = Date.parse('2024-12-01T03:00:00.000Z')
    await beacon(service, { address: '203.0.113.60' })
    const salts = () =>
      ctx.payload.count({ collection: 'stats-salts', overrideAccess: true }).then((r) => r.totalDocs)
    expect(await salts()).toBeGreaterThan(0)
    const { SqliteStatsStore } = await import('../../lib/stats/sqliteStore')
    const store = await SqliteStatsStore.open(process.env.DATABASE_URI as string)
    await store.prune(Date.now() + 49 * 60 * 60_000)
    await store.close()
    expect(await salts()).toBe(0)
    expect((await ctx.payload.count({ collection: 'stats-visitors', overrideAccess: true })).totalDocs).toBe(
      0,
    )
  })
})

describe("the editors' dashboard", () => {
  it('charts 30 days of visits and ranks the most-read articles with their titles', async () => {
    const service = await open()
    clock = Date.parse('2025-03-10T03:00:00.000Z')
    const article = await ctx.payload.create({
      collection: 'articles',
      data: { title: 'Xã Cao Lâu về đích nông thôn mới', _status: 'published' } as never,
      overrideAccess: true,
    })
    for (let n = 0; n < 3; n += 1)
      await beacon(service, { path: `/tin-tuc/${article.slug}`, address: `198.51.100.${n}` })
    await beacon(service, { path: '/tin-tuc/bai-da-xoa', address: '198.51.100.9' })
    clock = Date.parse('2025-03-12T03:00:00.000Z')
    await beacon(service, { path: '/tin-tuc/bai-da-xoa', address: '198.51.100.9' })
    await beacon(service, { path: '/tin-tuc/trang/2', address: '198.51.100.9' })

    const { rows, mostRead } = await dashboardFigures(ctx.payload, { now: clock })
    expect(rows).toHaveLength(30)
    expect(rows.at(-1)).toEqual({ day: '2025-03-12', visits: 1, pageViews: 2 })
    expect(rows.at(-3)).toEqual({ day: '2025-03-10', visits: 4, pageViews: 4 })
    expect(mostRead).toEqual([
      { path: `/tin-tuc/${article.slug}`, views: 3, title: article.title, id: article.id },
      { path: '/tin-tuc/bai-da-xoa', views: 2, title: null, id: null },
    ])
  })
})

describe('access', () => {
  it('lets editors read the counters, hides them from journalists and the public, and lets nobody write', async () => {
    const asEditor = await ctx.payload.find({
      collection: 'stats-counters',
      user: staff.editor,
      overrideAccess: false,
    })
    expect(asEditor.totalDocs).toBeGreaterThan(0)
    await expect(
      ctx.payload.find({ collection: 'stats-counters', user: staff.journalist, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(ctx.payload.find({ collection: 'stats-pages', overrideAccess: false })).rejects.toThrow()
    await expect(
      ctx.payload.update({
        collection: 'stats-counters',
        id: asEditor.docs[0].id,
        data: { visits: 1_000_000 },
        user: staff.admin,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      ctx.payload.find({ collection: 'stats-salts', user: staff.admin, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(
      ctx.payload.find({ collection: 'stats-visitors', user: staff.admin, overrideAccess: false }),
    ).rejects.toThrow()
  })
})
