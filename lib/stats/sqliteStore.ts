import { type Client, createClient, type InValue } from '@libsql/client'

import {
  ALL_TIME,
  type Caps,
  decideBatch,
  type Hit,
  type Outcome,
  tally,
  type VisitorState,
} from './counting'
import { DEFAULT_SETTINGS, RETENTION_MS, type StatsSettings, type StatsStore, type Summary } from './store'
import { RAW_SCHEMA } from '../db/rawSchema'
import { ALL_SITES } from '../sites'
import { vnDayKey, vnMonthKey } from './time'
import { onlineSince, VISIT_GAP_MS } from './windows'

// Table names from the one module that lists what raw SQL touches (checked against the migrations).
const VISITORS = RAW_SCHEMA.statsVisitors.table
const COUNTERS = RAW_SCHEMA.statsCounters.table
const PAGES = RAW_SCHEMA.statsPages.table
const SALTS = RAW_SCHEMA.statsSalts.table

/** SQLite's limit on bound parameters is far above this; chunks keep statements small. */
const CHUNK = 200

const chunks = <T>(items: T[], size = CHUNK): T[][] => {
  const out: T[][] = []
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size))
  return out
}

const placeholders = (rows: number, columns: number): string =>
  Array.from({ length: rows }, () => `(${Array(columns).fill('?').join(',')})`).join(',')

/**
 * The statistics on the embedded SQLite database, with its own connection to Payload's file.
 * Each batch is one `BEGIN IMMEDIATE` transaction: it takes the database's write lock first, so
 * reading the visitors' rows, deciding and writing back is atomic against every other process
 * on the file. Counters are upserts (`ON CONFLICT … DO UPDATE SET n = n + excluded.n`) on the
 * unique period and (day, path) keys: a missing row is created by exactly one writer.
 */
export class SqliteStatsStore implements StatsStore {
  #client: Client
  /** One statement sequence at a time on the connection: a transaction must not interleave. */
  #queue: Promise<unknown> = Promise.resolve()

  private constructor(client: Client) {
    this.#client = client
  }

  static async open(url: string, busyTimeoutMs = 10_000): Promise<SqliteStatsStore> {
    const client = createClient({ url })
    await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
    await client.execute('PRAGMA journal_mode = WAL')
    return new SqliteStatsStore(client)
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(task)
    this.#queue = result.catch(() => undefined)
    return result
  }

  #run(sql: string, args: InValue[] = []) {
    return this.#client.execute({ sql, args })
  }

  record(hits: Hit[], caps: Caps): Promise<Outcome[]> {
    return this.#serial(async () => {
      await this.#run('BEGIN IMMEDIATE')
      try {
        const outcomes = await this.#recordInTransaction(hits, caps)
        await this.#run('COMMIT')
        return outcomes
      } catch (error) {
        await this.#run('ROLLBACK').catch(() => undefined)
        throw error
      }
    })
  }

  async #recordInTransaction(hits: Hit[], caps: Caps): Promise<Outcome[]> {
    const visitors = [...new Set(hits.flatMap((hit) => (hit.kind === 'view' ? [hit.visitor] : [])))]
    const stored = new Map<string, VisitorState>()
    for (const group of chunks(visitors)) {
      const { rows } = await this.#run(
        `SELECT hash, last_seen, minute, minute_views FROM ${VISITORS} WHERE hash IN (${group.map(() => '?').join(',')})`,
        group,
      )
      for (const row of rows) {
        stored.set(String(row.hash), {
          lastSeen: Number(row.last_seen),
          minute: Number(row.minute),
          minuteViews: Number(row.minute_views),
        })
      }
    }
    // Visitors per address in the last hour (visitor rows live two visit gaps: an hour).
    const addresses = [...new Set(hits.flatMap((hit) => (hit.kind === 'view' ? [hit.address] : [])))]
    const perAddress = new Map<string, number>()
    for (const group of chunks(addresses)) {
      const { rows } = await this.#run(
        `SELECT address, count(*) AS n FROM ${VISITORS} WHERE address IN (${group.map(() => '?').join(',')}) GROUP BY address`,
        group,
      )
      for (const row of rows) perAddress.set(String(row.address), Number(row.n))
    }
    const { outcomes, changed } = decideBatch(hits, stored, caps, perAddress)

    for (const group of chunks([...changed])) {
      await this.#run(
        `INSERT INTO ${VISITORS} (hash, site, address, last_seen, minute, minute_views) VALUES ${placeholders(group.length, 6)}
         ON CONFLICT (hash) DO UPDATE SET last_seen = excluded.last_seen, minute = excluded.minute,
           minute_views = excluded.minute_views`,
        group.flatMap(([hash, state]) => [
          hash,
          state.site,
          state.address,
          state.lastSeen,
          state.minute,
          state.minuteViews,
        ]),
      )
    }

    const now = new Date().toISOString()
    const { counters, pages } = tally(hits, outcomes)
    const counterRows = [...counters]
    if (counterRows.length) {
      await this.#run(
        `INSERT INTO ${COUNTERS} (site, period, visits, page_views, bots, rate_limited, declined, ignored, updated_at, created_at)
         VALUES ${placeholders(counterRows.length, 10)}
         ON CONFLICT (site, period) DO UPDATE SET visits = visits + excluded.visits,
           page_views = page_views + excluded.page_views, bots = bots + excluded.bots,
           rate_limited = rate_limited + excluded.rate_limited, declined = declined + excluded.declined,
           ignored = ignored + excluded.ignored, updated_at = excluded.updated_at`,
        counterRows.flatMap(([, { site, period, delta: d }]) => [
          site,
          period,
          d.visits,
          d.pageViews,
          d.bots,
          d.rateLimited,
          d.declined,
          d.ignored,
          now,
          now,
        ]),
      )
    }
    for (const group of chunks([...pages.values()])) {
      await this.#run(
        `INSERT INTO ${PAGES} (site, day, path, views, updated_at, created_at) VALUES ${placeholders(group.length, 6)}
         ON CONFLICT (site, day, path) DO UPDATE SET views = views + excluded.views, updated_at = excluded.updated_at`,
        group.flatMap((page) => [page.site, page.day, page.path, page.views, now, now]),
      )
    }
    return outcomes
  }

  summary(now: number, settings: StatsSettings, site: string): Promise<Summary> {
    return this.#serial(async () => {
      const at = new Date(now)
      const day = vnDayKey(at)
      const month = vnMonthKey(at)
      // ALL_SITES sums every site's rows (the province's figures).
      const { rows } = await this.#run(
        `SELECT period, sum(visits) AS visits FROM ${COUNTERS} WHERE (? = '${ALL_SITES}' OR site = ?) AND period IN (?, ?, ?) GROUP BY period`,
        [site, site, day, month, ALL_TIME],
      )
      const visits = new Map(rows.map((row) => [String(row.period), Number(row.visits)]))
      const online = await this.#run(
        `SELECT count(*) AS n FROM ${VISITORS} WHERE (? = '${ALL_SITES}' OR site = ?) AND last_seen >= ?`,
        [site, site, onlineSince(now)],
      )
      return {
        online: Number(online.rows[0]?.n ?? 0),
        today: visits.get(day) ?? 0,
        month: visits.get(month) ?? 0,
        // The offset carries over a moved portal's count: the province's total only.
        total: (visits.get(ALL_TIME) ?? 0) + (site === ALL_SITES ? settings.totalOffset : 0),
        updatedAt: at.toISOString(),
      }
    })
  }

  settings(): Promise<StatsSettings> {
    return this.#serial(async () => {
      const { rows } = await this.#run(
        `SELECT statistics_total_offset AS offset, statistics_honour_do_not_track AS honour FROM ${RAW_SCHEMA.siteSettings.table} LIMIT 1`,
      )
      const row = rows[0]
      if (!row) return DEFAULT_SETTINGS
      return {
        totalOffset: Number(row.offset ?? 0) || 0,
        honourDoNotTrack:
          row.honour === null || row.honour === undefined ? true : Boolean(Number(row.honour)),
      }
    })
  }

  salt(day: string, candidate: string): Promise<string> {
    return this.#serial(async () => {
      const now = new Date().toISOString()
      await this.#run(
        `INSERT INTO ${SALTS} (day, salt, updated_at, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (day) DO NOTHING`,
        [day, candidate, now, now],
      )
      const { rows } = await this.#run(`SELECT salt FROM ${SALTS} WHERE day = ?`, [day])
      return String(rows[0].salt)
    })
  }

  prune(now: number): Promise<void> {
    return this.#serial(async () => {
      await this.#run(`DELETE FROM ${SALTS} WHERE created_at < ?`, [
        new Date(now - RETENTION_MS).toISOString(),
      ])
      // A row older than the visit gap can only say "a new visit starts": absence says the same.
      await this.#run(`DELETE FROM ${VISITORS} WHERE last_seen < ?`, [now - 2 * VISIT_GAP_MS])
    })
  }

  async close(): Promise<void> {
    await this.#queue
    this.#client.close()
  }
}
