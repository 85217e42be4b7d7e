import { type Db, MongoClient, MongoServerError } from 'mongodb'

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
import { ALL_SITES } from '../sites'
import { vnDayKey, vnMonthKey } from './time'

/** The filter of one site's rows; ALL_SITES: every site's. */
const ofSite = (site: string) => (site === ALL_SITES ? {} : { site })
import { onlineSince, VISIT_GAP_MS } from './windows'

const DUPLICATE_KEY = 11000
const MAX_ATTEMPTS = 20

type VisitorDoc = VisitorState & { hash: string }

const isDuplicateKey = (error: unknown) => error instanceof MongoServerError && error.code === DUPLICATE_KEY

/**
 * The statistics on MongoDB, in the collections Payload created (`dbName` in
 * collections/stats/). A visitor's row is updated by compare-and-set: read it, decide, and write
 * only if it is unchanged (or insert, relying on the unique hash), else read again. Counters are
 * `$inc` upserts on unique keys (MongoDB retries an upsert that loses the insert race).
 *
 * Not run here: no MongoDB server is available on the development machines (see README). The
 * visitor rows and the counters are two writes, not one transaction: a crash between them can
 * lose the counts of the one batch in flight.
 */
export class MongoStatsStore implements StatsStore {
  #client: MongoClient
  #db: Db

  private constructor(client: MongoClient) {
    this.#client = client
    this.#db = client.db()
  }

  static async open(url: string): Promise<MongoStatsStore> {
    const client = new MongoClient(url)
    await client.connect()
    return new MongoStatsStore(client)
  }

  async record(hits: Hit[], caps: Caps): Promise<Outcome[]> {
    const outcomes: Outcome[] = hits.map((hit) => (hit.kind === 'view' ? 'view' : 'filtered'))
    const byVisitor = new Map<string, number[]>()
    hits.forEach((hit, index) => {
      if (hit.kind !== 'view') return
      byVisitor.set(hit.visitor, [...(byVisitor.get(hit.visitor) ?? []), index])
    })
    await Promise.all(
      [...byVisitor].map(async ([hash, indexes]) => {
        const decided = await this.#decideVisitor(
          hash,
          indexes.map((index) => hits[index]),
          caps,
        )
        indexes.forEach((hitIndex, position) => (outcomes[hitIndex] = decided[position]))
      }),
    )

    const now = new Date()
    const { counters, pages } = tally(hits, outcomes)
    if (counters.size) {
      await this.#db.collection('stats_counters').bulkWrite(
        [...counters.values()].map(({ site, period, delta: d }) => ({
          updateOne: {
            filter: { site, period },
            update: {
              $inc: {
                visits: d.visits,
                pageViews: d.pageViews,
                bots: d.bots,
                rateLimited: d.rateLimited,
                declined: d.declined,
                ignored: d.ignored,
              },
              $set: { updatedAt: now },
              $setOnInsert: { createdAt: now },
            },
            upsert: true,
          },
        })),
        { ordered: false },
      )
    }
    if (pages.size) {
      await this.#db.collection('stats_pages').bulkWrite(
        [...pages.values()].map((page) => ({
          updateOne: {
            filter: { site: page.site, day: page.day, path: page.path },
            update: {
              $inc: { views: page.views },
              $set: { updatedAt: now },
              $setOnInsert: { createdAt: now },
            },
            upsert: true,
          },
        })),
        { ordered: false },
      )
    }
    return outcomes
  }

  async #decideVisitor(hash: string, hits: Hit[], caps: Caps): Promise<Outcome[]> {
    const visitors = this.#db.collection<VisitorDoc>('stats_visitors')
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const doc = await visitors.findOne({ hash })
      const stored = new Map<string, VisitorState>(
        doc ? [[hash, { lastSeen: doc.lastSeen, minute: doc.minute, minuteViews: doc.minuteViews }]] : [],
      )
      // Visitors of this address in the last hour: read, not locked (MongoDB: a burst from one
      // address across processes can pass the cap by the visitors decided at the same moment).
      const address = hits.find((hit) => hit.kind === 'view')?.address
      const perAddress = new Map<string, number>()
      if (!doc && address) perAddress.set(address, await visitors.countDocuments({ address }))
      const { outcomes, changed } = decideBatch(hits, stored, caps, perAddress)
      const next = changed.get(hash)
      if (!next) return outcomes
      try {
        if (!doc) {
          await visitors.insertOne({ hash, ...next })
          return outcomes
        }
        const { matchedCount } = await visitors.updateOne(
          { _id: doc._id, lastSeen: doc.lastSeen, minute: doc.minute, minuteViews: doc.minuteViews },
          { $set: next },
        )
        if (matchedCount === 1) return outcomes
      } catch (error) {
        if (!isDuplicateKey(error)) throw error
      }
    }
    throw new Error(`visitor row kept changing under ${MAX_ATTEMPTS} attempts`)
  }

  async summary(now: number, settings: StatsSettings, site: string): Promise<Summary> {
    const at = new Date(now)
    const day = vnDayKey(at)
    const month = vnMonthKey(at)
    const rows = await this.#db
      .collection<{ period: string; visits: number }>('stats_counters')
      .find({ ...ofSite(site), period: { $in: [day, month, ALL_TIME] } })
      .toArray()
    // ALL_SITES sums every site's rows (the province's figures).
    const visits = new Map<string, number>()
    for (const row of rows) visits.set(row.period, (visits.get(row.period) ?? 0) + row.visits)
    const online = await this.#db
      .collection('stats_visitors')
      .countDocuments({ ...ofSite(site), lastSeen: { $gte: onlineSince(now) } })
    return {
      online,
      today: visits.get(day) ?? 0,
      month: visits.get(month) ?? 0,
      // The offset carries over a moved portal's count: the province's total only.
      total: (visits.get(ALL_TIME) ?? 0) + (site === ALL_SITES ? settings.totalOffset : 0),
      updatedAt: at.toISOString(),
    }
  }

  async settings(): Promise<StatsSettings> {
    const doc = await this.#db
      .collection<{ statistics?: Partial<StatsSettings> }>('globals')
      .findOne({ globalType: 'site-settings' })
    return {
      totalOffset: Number(doc?.statistics?.totalOffset ?? 0) || 0,
      honourDoNotTrack: doc?.statistics?.honourDoNotTrack ?? DEFAULT_SETTINGS.honourDoNotTrack,
    }
  }

  async salt(day: string, candidate: string): Promise<string> {
    const now = new Date()
    const salts = this.#db.collection<{ day: string; salt: string }>('stats_salts')
    await salts.updateOne(
      { day },
      { $setOnInsert: { day, salt: candidate, createdAt: now, updatedAt: now } },
      { upsert: true },
    )
    const doc = await salts.findOne({ day })
    if (!doc) throw new Error(`no salt stored for ${day}`)
    return doc.salt
  }

  async prune(now: number): Promise<void> {
    await this.#db.collection('stats_salts').deleteMany({ createdAt: { $lt: new Date(now - RETENTION_MS) } })
    await this.#db.collection('stats_visitors').deleteMany({ lastSeen: { $lt: now - 2 * VISIT_GAP_MS } })
  }

  async close(): Promise<void> {
    await this.#client.close()
  }
}
