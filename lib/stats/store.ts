import type { Caps, Hit, Outcome } from './counting'
import type { Millis } from './windows'

/** The four public figures, as `GET /api/stats` returns them. */
export type Summary = { online: number; today: number; month: number; total: number; updatedAt: string }

/** What editors set in `site-settings` → statistics. */
export type StatsSettings = { totalOffset: number; honourDoNotTrack: boolean }

export const DEFAULT_SETTINGS: StatsSettings = { totalOffset: 0, honourDoNotTrack: true }

/**
 * The statistics' storage, one small module per database engine (`sqliteStore.ts`,
 * `mongoStore.ts`). Payload's own API is used for everything else, but not here: deciding
 * whether a page view starts a visit is a read-then-write on the visitor's row that must be
 * atomic across server processes, and `payload.db.updateOne` with a `where` finds the row and
 * then updates it in two steps. The tables and collections themselves are Payload's
 * (`collections/stats/`), created by its migrations.
 */
export interface StatsStore {
  /** Decides and counts a batch atomically; one outcome per hit, in order. */
  record(hits: Hit[], caps: Caps): Promise<Outcome[]>
  /** The public figures of one site. */
  summary(now: Millis, settings: StatsSettings, site: string): Promise<Summary>
  settings(): Promise<StatsSettings>
  /** The day's salt, created by whichever process needs it first. */
  salt(day: string, candidate: string): Promise<string>
  /** Deletes salts older than RETENTION_MS (48 hours) and visitor rows an hour (two visit gaps) after their last page view. */
  prune(now: Millis): Promise<void>
  close(): Promise<void>
}

/** Salts are kept this long, then deleted (visitor rows go after two visit gaps: see prune). */
export const RETENTION_MS = 48 * 60 * 60 * 1000
