/**
 * The API's surface, as the server layer sees it before Payload does: which first path segments
 * under /api exist at all, and what a partner's key may read. test/int/apiSurface.test.ts checks
 * these lists against the Payload config (every collection and global is in one, and a
 * collection is partner-readable exactly when anonymous readers may read it).
 */

/** Collections anyone may read (published documents only where they have drafts). */
export const PUBLIC_COLLECTIONS = [
  'articles',
  'categories',
  'communes',
  'criteria',
  'criteria-sets',
  'events',
  'media',
  'tenants',
] as const

/** Collections that keep versions: `/api/<collection>/versions…` exists for these only. */
export const VERSIONED_COLLECTIONS = ['articles', 'communes'] as const

/** Globals that keep versions: `/api/globals/<global>/versions…` exists for these only. */
export const VERSIONED_GLOBALS = [] as const

/** Globals anyone may read. */
export const PUBLIC_GLOBALS = ['site-settings', 'related-links'] as const

/** Collections only staff (or nobody) reach through the API. */
export const STAFF_COLLECTIONS = [
  'users',
  'partners',
  'partner-usage',
  'audit-log',
  'stats-counters',
  'stats-pages',
  'stats-salts',
  'stats-visitors',
  'content-changes',
  'rate-limits',
  // Payload's own.
  'payload-locked-documents',
  'payload-preferences',
  'payload-jobs',
  'payload-kv',
  'payload-migrations',
] as const

/** First segments under /api that are not collections. */
export const OTHER_API_SEGMENTS = ['globals', 'graphql', 'graphql-playground', 'access', 'stats'] as const

/** Paths Payload answers that nobody may use over HTTP here (Payload answers them with a 5xx or internals). */
export const CLOSED_API_PATHS = [
  // Migrations run at start (prodMigrations), never over HTTP.
  /^\/api\/payload-migrations(\/|$)/,
  // Accounts are not verified by email: Payload answers any token with a 500.
  /^\/api\/users\/verify(\/|$)/,
  // No task runs on a schedule (publishing is scheduled per document): Payload answers a 500.
  /^\/api\/payload-jobs\/handle-schedules(\/|$)/,
  // No upload collection fetches files from URLs (and the server would make outside requests).
  /^\/api\/[^/]+\/paste-url(\/|$)/,
]
