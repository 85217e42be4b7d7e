import fs from 'node:fs'
import zlib from 'node:zlib'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { committedMigrations } from '../../lib/db/migrationNames'
import type { RunningServer } from '../../scripts/lib/server'
import { isolatedDatabase } from '../helpers/servers'
import { sitemapPages } from '../helpers/sitemaps'
import { TEST_ENGINE } from '../helpers/engine'

/**
 * An upgrade from an earlier release: test/fixtures/release-858c2da.sql.gz is the database that
 * release (commit 858c2da, before sites, provisional drafts, sort keys, list indexes and the
 * audit log) made with its own migrations and demo content (README, "Operations → Upgrading"
 * says how to make the next one). The current server starts on it, applies every newer
 * migration, and then nothing is lost and every page renders.
 */
const FIXTURE = 'test/fixtures/release-858c2da.sql.gz'

/** The content tables the old release had, and their rows before the upgrade. */
const TABLES = [
  'articles',
  '_articles_v',
  'articles_rels',
  'categories',
  'communes',
  'communes_attainment',
  'criteria',
  'criteria_sets',
  'events',
  'media',
  'users',
  'payload_preferences',
]

let iso: Awaited<ReturnType<typeof isolatedDatabase>>
let server: RunningServer
const before: Record<string, number> = {}
let articles: { id: number; slug: string; title: string; status: string }[] = []

beforeAll(async () => {
  if (TEST_ENGINE === 'mongodb') return
  iso = await isolatedDatabase('upgrade')
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${iso.file}${suffix}`, { force: true })
  const old = createClient({ url: `file:${iso.file}` })
  await old.executeMultiple(zlib.gunzipSync(fs.readFileSync(FIXTURE)).toString('utf8'))
  for (const table of TABLES)
    before[table] = Number((await old.execute(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n)
  articles = (await old.execute('SELECT id, slug, title, _status AS status FROM articles')).rows.map(
    (row) => ({
      id: Number(row.id),
      slug: String(row.slug),
      title: String(row.title),
      status: String(row.status),
    }),
  )
  old.close()
  server = await iso.start()
}, 180_000)
afterAll(async () => iso?.stop())

describe.skipIf(TEST_ENGINE === 'mongodb')('upgrade from the previous release', () => {
  it('applies every newer migration and is ready', async () => {
    const ready = await (await fetch(`${server.url}/readyz`)).json()
    expect(ready.status).toBe('ready')
    const applied = (await iso.db().execute('SELECT name FROM payload_migrations ORDER BY name')).rows.map(
      (row) => String(row.name),
    )
    expect(applied).toEqual(committedMigrations())
  })

  it('loses no row and keeps every article’s id, slug and title', async () => {
    expect(before.articles).toBeGreaterThan(0)
    for (const table of TABLES) {
      const after = Number((await iso.db().execute(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n)
      expect(after, table).toBe(before[table])
    }
    for (const article of articles) {
      const row = (
        await iso.db().execute({
          sql: 'SELECT slug, title, _status AS status FROM articles WHERE id = ?',
          args: [article.id],
        })
      ).rows[0]
      expect({ slug: row.slug, title: row.title, status: row.status }).toEqual({
        slug: article.slug,
        title: article.title,
        status: article.status,
      })
    }
  })

  it('every page the sitemap lists renders, and every published article is on its old URL', async () => {
    const origin = new URL(server.url)
    const { pages } = await sitemapPages(`${server.url}/sitemap.xml`, async (url) => {
      const local = new URL(url)
      local.host = origin.host
      return (await fetch(local)).text()
    })
    expect(pages.length).toBeGreaterThan(20)
    for (const page of pages) {
      const local = new URL(page)
      local.host = origin.host
      const response = await fetch(local, { redirect: 'manual' })
      expect(response.status, page).toBe(200)
    }
    for (const article of articles.filter((a) => a.status === 'published')) {
      const page = await fetch(`${server.url}/tin-tuc/${article.slug}`)
      expect(page.status, article.slug).toBe(200)
      expect(await page.text()).toContain(article.title.slice(0, 20))
    }
  }, 120_000)
})
