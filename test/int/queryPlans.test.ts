import { createRequire } from 'node:module'

import type { Client } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { recordQueries } from '../../lib/db/queryLog'
import type { User } from '../../payload-types'
import { createStaff, startPayload, TEST_ENGINE, type TestPayload } from '../helpers/payload'

/**
 * Every hot read, as the pages, feeds, sitemap, API and admin send it, on a generated database
 * (1,200 articles over 3 sites, 60 communes, 200 events) with the planner's statistics refreshed
 * as the server does (lib/db/optimize.ts): SQLite must never scan a content table whole nor sort
 * one in a temporary B-tree. Each statement is recorded from Payload itself (lib/db/queryLog.ts)
 * and asked for its plan with EXPLAIN QUERY PLAN.
 */
// Read functions built after this run straight against the database (lib/queries/cache.ts).
process.env.NTM_UNCACHED_READS = '1'

const ARTICLES = 1200
const COMMUNES = 60
const EVENTS = 200

/**
 * Tables that grow with the content (Payload's, their relation, array and version tables); not
 * Payload's subquery aliases (`articles__rels`, a document's own few rows).
 */
const CONTENT = /^_?(articles|events|communes|criteria|media)(_v)?(_(?!_)[a-z_]+)?$/

let ctx: TestPayload
let payload: Payload
let client: Client
let editor: User
const ids: { site: number; category: number; commune: number; article: number; slug: string } = {
  site: 0,
  category: 0,
  commune: 0,
  article: 0,
  slug: '',
}

// SQLite's own planner: on MongoDB (TEST_DATABASE_URI) this file has nothing to ask.
const onSqlite = TEST_ENGINE === 'sqlite'

beforeAll(async () => {
  if (!onSqlite) return
  ctx = await startPayload()
  payload = ctx.payload
  client = (payload.db as unknown as { client: Client }).client
  editor = (await createStaff(payload)).editor
  const sites = [] as number[]
  for (const n of [1, 2, 3]) {
    sites.push(
      (
        await payload.create({
          collection: 'tenants',
          data: { name: `Xã Kế Hoạch ${n}`, slug: `ke-hoach-${n}`, kind: 'xa' } as never,
        })
      ).id,
    )
  }
  const set = await payload.create({ collection: 'criteria-sets', data: { name: 'Bộ kế hoạch' } as never })
  const categories = [] as number[]
  for (const name of ['Tin tức', 'Tuyên truyền', 'Tổng hợp']) {
    categories.push((await payload.create({ collection: 'categories', data: { name } as never })).id)
  }
  const communes = [] as number[]
  for (let n = 0; n < COMMUNES; n++) {
    communes.push(
      (
        await payload.create({
          collection: 'communes',
          data: { name: `Xã Thử ${n}`, kind: 'xa', status: 'chua-dat', criteriaSet: set.id } as never,
        })
      ).id,
    )
  }
  for (let n = 0; n < EVENTS; n++) {
    await payload.create({
      collection: 'events',
      data: {
        title: `Sự kiện ${n}`,
        startsAt: new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString(),
        tenant: sites[n % 3],
        communes: [communes[n % COMMUNES]],
      } as never,
    })
  }
  for (let n = 0; n < ARTICLES; n++) {
    const doc = await payload.create({
      collection: 'articles',
      data: {
        title: `Bài số ${n} về nông thôn mới`,
        _status: n % 10 === 0 ? 'draft' : 'published',
        publishedAt: new Date(Date.UTC(2023, 0, 1) + n * 3_600_000).toISOString(),
        tenant: sites[n % 3],
        category: categories[n % 3],
        communes: [communes[n % COMMUNES], communes[(n * 7) % COMMUNES]],
      } as never,
    })
    if (n === ARTICLES - 2) Object.assign(ids, { article: doc.id, slug: doc.slug })
  }
  Object.assign(ids, {
    site: sites[(ARTICLES - 2) % 3],
    category: categories[(ARTICLES - 2) % 3],
    commune: communes[(ARTICLES - 2) % COMMUNES],
  })
  await client.execute('PRAGMA optimize = 0x10002')
}, 600_000)
afterAll(async () => ctx?.close())

/**
 * The plan lines of every SELECT `read` sends that touch a content table the wrong way:
 * - a SCAN of one without an index, except the newest row by primary key (`order by id desc
 *   limit 1`: SQLite reads from the end and stops at the first row it may return);
 * - a temporary B-tree sorting rows that came from a SCAN or an index SEARCH of one (sorting the
 *   few rows fetched by primary key, or through a relationship's index, is fine: that is the
 *   rows asked for, not the table).
 */
const badPlans = async (read: () => Promise<unknown>) => {
  const statements = (await recordQueries(read)).filter(({ sql }) => /^\s*select/i.test(sql))
  expect(statements.length).toBeGreaterThan(0)
  const bad: string[] = []
  for (const { sql, params } of statements) {
    const { rows } = await client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params as never })
    const plan = rows.map((row) => ({
      id: Number(row.id),
      parent: Number(row.parent),
      detail: String(row.detail),
    }))
    const tableOf = (detail: string) => detail.match(/^(?:SCAN|SEARCH) (\S+)/)?.[1] ?? ''
    const newestById = /order by "[a-z_]+"\."id" desc[^)]*limit \?$/.test(sql) && params.at(-1) === 1
    const wholeOrIndexed = (detail: string) =>
      CONTENT.test(tableOf(detail)) &&
      (/^SCAN /.test(detail) || /^SEARCH .* USING (COVERING )?INDEX/.test(detail))
    for (const line of plan) {
      const scan =
        /^SCAN /.test(line.detail) &&
        CONTENT.test(tableOf(line.detail)) &&
        !/USING (COVERING )?INDEX/.test(line.detail) &&
        !newestById
      const sortsContent =
        /USE TEMP B-TREE FOR (ORDER BY|GROUP BY|DISTINCT)/.test(line.detail) &&
        plan.some((other) => other.parent === line.parent && wholeOrIndexed(other.detail))
      if (scan || sortsContent)
        bad.push(
          `${line.detail} | ${sql.replace(/\s+/g, ' ').slice(0, Number(process.env.NTM_PLAN_SQL_CHARS ?? 300))}`,
        )
    }
  }
  return bad
}

// The page's reads, imported once Payload runs on the test's database (they import its config).
const reads = async () => ({
  articles: await import('../../lib/queries/articles'),
  events: await import('../../lib/queries/events'),
  feeds: await import('../../lib/queries/feeds'),
  programme: await import('../../lib/queries/programme'),
  sitemap: await import('../../lib/queries/sitemap'),
})
type Reads = Awaited<ReturnType<typeof reads>>

describe.runIf(onSqlite)('query plans at scale (no full scan, no temporary sort of a content table)', () => {
  const HOT: [string, (r: Reads) => Promise<unknown>][] = [
    ['an article by its slug', ({ articles }) => articles.articleBySlug(ids.site, ids.site, ids.slug)],
    ['the news, first page', ({ articles }) => articles.latestArticles(ids.site, 10, 1)],
    ['the news, a later page', ({ articles }) => articles.latestArticles(ids.site, 10, 30)],
    ['the province’s news', ({ articles }) => articles.latestArticles('all', 10, 1)],
    ['a category', ({ articles }) => articles.articlesInCategory(ids.site, ids.category, 10, 1)],
    ['a commune’s articles', ({ articles }) => articles.articlesAbout(ids.site, 'communes', ids.commune, 10)],
    [
      'related articles',
      ({ articles }) => articles.relatedArticles(ids.site, ids.article, [ids.commune], ids.category, 4),
    ],
    ['the feed', ({ feeds }) => feeds.feedArticles(ids.site, { kind: 'all' })],
    ['a commune’s feed', ({ feeds }) => feeds.feedArticles(ids.site, { kind: 'commune', id: ids.commune })],
    ['events around today', ({ events }) => events.eventsAround(ids.site, '2024-03-01T00:00:00.000Z', 10)],
    ['the communes', ({ programme }) => programme.communes()],
    ['the sitemap index', ({ sitemap }) => sitemap.sitemapParts(ids.site, true)],
    [
      'a sitemap part of articles',
      ({ sitemap }) => sitemap.sitemapPartPaths(ids.site, { collection: 'articles', index: 0 }),
    ],
    [
      'a sitemap part of criteria',
      ({ sitemap }) => sitemap.sitemapPartPaths(ids.site, { collection: 'criteria', index: 0 }),
    ],
    [
      'the admin’s article list',
      () =>
        payload.find({
          collection: 'articles',
          user: editor,
          overrideAccess: false,
          depth: 0,
          limit: 10,
          sort: '-updatedAt',
          where: { provisional: { not_equals: true } },
        }),
    ],
    [
      'the API’s article list',
      () =>
        payload.find({
          collection: 'articles',
          overrideAccess: false,
          depth: 1,
          limit: 10,
          sort: '-publishedAt',
        }),
    ],
  ]

  it.each(HOT)('%s', async (_name, read) => {
    const loaded = await reads()
    expect(await badPlans(() => read(loaded))).toEqual([])
  })

  it.each([
    [
      'related articles',
      (r: Reads) => r.articles.relatedArticles(ids.site, ids.article, [ids.commune], ids.category, 4),
    ],
    ['a commune’s articles', (r: Reads) => r.articles.articlesAbout(ids.site, 'communes', ids.commune, 10)],
    ['featured articles', (r: Reads) => r.articles.featuredArticles(ids.site, 4)],
    ['the feed', (r: Reads) => r.feeds.feedArticles(ids.site, { kind: 'all' })],
    ['events around today', (r: Reads) => r.events.eventsAround(ids.site, '2024-03-01T00:00:00.000Z', 10)],
    ['the calendar', (r: Reads) => r.events.calendarEvents(ids.site)],
  ])('reads %s without counting them (a count reads every match, not the few shown)', async (_name, read) => {
    const loaded = await reads()
    const statements = await recordQueries(() => read(loaded))
    expect(statements.length).toBeGreaterThan(0)
    // A count of the listed collection; a document's own few rows (a set's criteria) may be counted.
    const countsList = /count\([^)]*\)(\s*over\(\))?\s+from\s+"(articles|events)"/i
    expect(statements.filter(({ sql }) => countsList.test(sql)).map(({ sql }) => sql)).toEqual([])
  })

  it('reads a GraphQL list that asks for its docs only without counting (lib/api/graphqlSelect.ts)', async () => {
    const { configToSchema } = await import('@payloadcms/graphql')
    // The copy Payload's schema was made with (Node's, CommonJS), not the one Vite would resolve.
    const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql')
    const { createLocalReq } = await import('payload')
    const { graphqlReadNames, withSelect } = await import('../../lib/api/graphqlSelect')
    const { schema } = configToSchema(payload.config)
    const names = graphqlReadNames(payload.config.collections)
    // As the route sends it (app/(payload)/api/graphql/route.ts), to Payload's own schema.
    const ask = async (query: string, narrow = true) => {
      const source = narrow ? withSelect(query, (name) => names.get(name)) : query
      // A request of Payload's GraphQL API: the API's own guard (hooks/apiQueryGuard.ts) runs too.
      const req = await createLocalReq({}, payload)
      req.payloadAPI = 'GraphQL'
      const result = await graphql({ schema, source, contextValue: { headers: {}, req } })
      expect(result.errors).toBeUndefined()
      return result.data as { Articles: { docs: { slug: string }[]; totalDocs?: number } }
    }
    const countsArticles = ({ sql }: { sql: string }) =>
      /count\([^)]*\)(\s*over\(\))?\s+from\s+"articles"/i.test(sql)
    const docsOnly = '{ Articles(limit: 20, page: 2, sort: "-publishedAt") { docs { slug } } }'
    let narrowed: Awaited<ReturnType<typeof ask>> | undefined
    expect(
      (await recordQueries(async () => (narrowed = await ask(docsOnly)))).filter(countsArticles),
    ).toEqual([])
    // The same page as Payload's own answer; a query that asks for the total still gets it.
    expect(narrowed).toEqual(await ask(docsOnly, false))
    expect(narrowed!.Articles.docs).toHaveLength(20)
    let counted: Awaited<ReturnType<typeof ask>> | undefined
    const withTotal = '{ Articles(limit: 20) { totalDocs docs { slug } } }'
    expect((await recordQueries(async () => (counted = await ask(withTotal)))).some(countsArticles)).toBe(
      true,
    )
    expect(counted!.Articles.totalDocs).toBeGreaterThan(1000)
  })
})
