import { chooseDatabase } from '../db/choose'
import { ALL_SITES } from '../sites'
import type { Caps, Outcome } from './counting'
import { Recorder } from './recorder'
import { DEFAULT_SETTINGS, type StatsSettings, type StatsStore, type Summary } from './store'
import { newSalt } from './visitor'
import { log } from '../log'

export type StatsServiceOptions = {
  databaseUri?: string
  /** The clock; tests inject one to cross windows and midnights. */
  now?: () => number
  /** Page views one visitor may make in a clock minute; more are dropped and counted as filtered. */
  maxViewsPerMinute?: number
  /** New visitors one client address may add in an hour; more are dropped and counted as filtered. */
  maxVisitorsPerAddress?: number
  /** How long `GET /api/stats` answers from memory (the issue allows up to 30 s). */
  summaryTtlMs?: number
}

export type StatsService = {
  now: () => number
  submit: (hit: Parameters<Recorder['submit']>[0]) => Promise<Outcome>
  salt: (day: string) => Promise<string>
  settings: () => Promise<StatsSettings>
  /** The public figures of a site (`ALL_SITES`, the default: the sum of every site's). */
  summary: (site?: string) => Promise<Summary>
  flush: () => Promise<void>
  close: () => Promise<void>
}

export const DEFAULT_MAX_VIEWS_PER_MINUTE = 30
/** A commune office or a mobile carrier's shared address carries many people: generous. */
export const DEFAULT_MAX_VISITORS_PER_ADDRESS = 300
const SETTINGS_TTL_MS = 30_000
const PRUNE_EVERY_MS = 10 * 60_000

const openStore = async (databaseUri: string | undefined): Promise<StatsStore> => {
  const choice = chooseDatabase(databaseUri)
  if (choice.engine === 'mongodb') {
    const { MongoStatsStore } = await import('./mongoStore')
    return MongoStatsStore.open(choice.url)
  }
  const { SqliteStatsStore } = await import('./sqliteStore')
  return SqliteStatsStore.open(choice.url)
}

/** A value read at most every `ttlMs`, shared by concurrent readers; `clear` forgets it. */
const cached = <T>(read: () => Promise<T>, ttlMs: number, now: () => number) => {
  let entry: { at: number; value: Promise<T> } | undefined
  return {
    get: (): Promise<T> => {
      if (!entry || now() - entry.at >= ttlMs) {
        const value = read()
        entry = { at: now(), value }
        value.catch(() => (entry = undefined))
      }
      return entry.value
    },
    clear: () => (entry = undefined),
  }
}

/**
 * The statistics of one server process: its store connection, the group-commit recorder, and
 * short caches for the salt, the settings and the public figures. Counts live only in the
 * database; what is cached here is read-only and at most `summaryTtlMs` old (the figures) or
 * 30 s old (the settings).
 */
export const openStatsService = async (options: StatsServiceOptions = {}): Promise<StatsService> => {
  const now = options.now ?? Date.now
  const store = await openStore(options.databaseUri ?? process.env.DATABASE_URI)
  const caps: Caps = {
    viewsPerMinute:
      options.maxViewsPerMinute ??
      (Number(process.env.STATS_MAX_VIEWS_PER_MINUTE) || DEFAULT_MAX_VIEWS_PER_MINUTE),
    visitorsPerAddress:
      options.maxVisitorsPerAddress ??
      (Number(process.env.STATS_MAX_VISITORS_PER_ADDRESS) || DEFAULT_MAX_VISITORS_PER_ADDRESS),
  }

  // A failed read is logged, and counting goes on with the defaults until the next read works.
  const readSettings = () =>
    store.settings().catch((error: unknown) => {
      log.error({ err: error, msg: 'statistics: could not read the settings; using the defaults for now' })
      return DEFAULT_SETTINGS
    })
  const settings = cached(readSettings, SETTINGS_TTL_MS, now)
  // One short-lived cache per site.
  const summaries = new Map<string, ReturnType<typeof cached<Summary>>>()
  const summaryOf = (site: string) => {
    let entry = summaries.get(site)
    if (!entry) {
      entry = cached(
        async () => store.summary(now(), await settings.get(), site),
        options.summaryTtlMs ?? 10_000,
        now,
      )
      summaries.set(site, entry)
    }
    return entry
  }
  const summary = {
    get: (site: string = ALL_SITES) => summaryOf(site).get(),
    clear: () => summaries.forEach((entry) => entry.clear()),
  }
  // This process's own hits show at once; other processes' within the summary's lifetime.
  const recorder = new Recorder(store, { caps, afterCommit: summary.clear })

  const salts = new Map<string, Promise<string>>()
  const salt = (day: string): Promise<string> => {
    let value = salts.get(day)
    if (!value) {
      value = store.salt(day, newSalt())
      value.catch(() => salts.delete(day))
      salts.clear() // yesterday's salt is never needed again by this process
      salts.set(day, value)
    }
    return value
  }

  const prune = () =>
    store.prune(now()).catch((error) => log.error({ err: error, msg: 'statistics: prune failed' }))
  void prune()
  const timer = setInterval(prune, PRUNE_EVERY_MS)
  timer.unref()

  return {
    now,
    submit: (hit) => recorder.submit(hit),
    salt,
    settings: settings.get,
    summary: summary.get,
    flush: () => recorder.flush(),
    close: async () => {
      clearInterval(timer)
      await recorder.flush()
      await store.close()
    },
  }
}

let shared: Promise<StatsService> | undefined

/** The process's statistics service, opened on first use from DATABASE_URI. */
export const statsService = (): Promise<StatsService> => {
  shared ??= openStatsService().catch((error) => {
    shared = undefined
    throw error
  })
  return shared
}

/** The public figures for server-rendered pages; null when the statistics cannot be read. */
export const readSummary = async (site: string = ALL_SITES): Promise<Summary | null> => {
  try {
    return await (await statsService()).summary(site)
  } catch (error) {
    log.error({ err: error, msg: 'statistics: summary unavailable' })
    return null
  }
}
