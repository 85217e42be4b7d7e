import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'

import { RAW_SCHEMA } from '../../lib/db/rawSchema'
import { sqliteChangeLog } from '../../server/changes/sqlite'
import { openRateLimiter } from '../../server/rateLimit'

/**
 * The server layer's shared state on a real SQLite file, opened by two connections as two server
 * processes would. The tables are made here with the columns lib/db/rawSchema.ts names (the
 * HTTP suite checks those against the migrated schema).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-shared-'))
const url = `file:${path.join(dir, 'shared.db')}`

const open = async () => {
  const client = createClient({ url })
  await client.execute('PRAGMA busy_timeout = 10000')
  await client.execute('PRAGMA journal_mode = WAL')
  return client
}

const setup = (async () => {
  const client = await open()
  await client.execute(
    `CREATE TABLE IF NOT EXISTS ${RAW_SCHEMA.rateLimits.table} (id integer PRIMARY KEY, key text NOT NULL UNIQUE, points numeric NOT NULL DEFAULT 0, expire text, updated_at text, created_at text)`,
  )
  await client.execute(
    `CREATE TABLE IF NOT EXISTS ${RAW_SCHEMA.contentChanges.table} (id integer PRIMARY KEY, tags text NOT NULL, origin text NOT NULL, updated_at text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL, created_at text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL)`,
  )
  return client
})()

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('the shared rate limit (server/rateLimit)', () => {
  it('gives a client at most the limit in total across two processes', async () => {
    await setup
    const [a, b] = await Promise.all([open(), open()])
    const limiters = await Promise.all([
      openRateLimiter({ engine: 'sqlite', client: a, close: async () => {} }, 60),
      openRateLimiter({ engine: 'sqlite', client: b, close: async () => {} }, 60),
    ])
    for (const limit of [7, 100]) {
      let allowed = 0
      for (let n = 0; n < limit * 3; n += 1)
        if ((await limiters[n % 2].take(`client-${limit}`, limit)).allowed) allowed += 1
      expect(allowed).toBeLessThanOrEqual(limit)
      // Blocks of limit/20: at most one block per other process goes unused.
      expect(allowed).toBeGreaterThanOrEqual(limit - Math.max(1, Math.floor(limit / 20)))
    }
    const refused = await limiters[0].take('client-7', 7)
    expect(refused.allowed).toBe(false)
    expect(refused.resetMs).toBeGreaterThan(0)
    expect((await limiters[1].take('another', 7)).allowed).toBe(true)
  })
})

describe('the content-change log (server/changes/sqlite.ts)', () => {
  it('returns what another process appended after a cursor, and keeps the newest row when pruning', async () => {
    const client = await setup
    const log = sqliteChangeLog(client)
    const start = await log.cursor()
    await log.append(['content:articles:list', 'content:articles:slug:a'], 'process-a')
    await log.append(['content:communes'], 'process-b')
    const found = await log.since(start)
    expect(found.rows).toEqual([
      { tags: ['content:articles:list', 'content:articles:slug:a'], origin: 'process-a' },
      { tags: ['content:communes'], origin: 'process-b' },
    ])
    expect((await log.since(found.cursor)).rows).toEqual([])
    await log.prune(new Date(Date.now() + 60_000))
    const { rows } = await client.execute(`SELECT count(*) AS n FROM ${RAW_SCHEMA.contentChanges.table}`)
    expect(Number(rows[0].n)).toBe(1)
    // Ids keep growing past the kept row, so no process misses the next change.
    await log.append(['content:events'], 'process-a')
    expect((await log.since(found.cursor)).rows).toEqual([{ tags: ['content:events'], origin: 'process-a' }])
  })

  it('says when the log went backwards (a restored database)', async () => {
    const log = sqliteChangeLog(await setup)
    expect((await log.since('999999')).reset).toBe(true)
  })
})
