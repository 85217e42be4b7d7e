/**
 * Every table and column that code outside Payload's adapters reads or writes with raw SQL or
 * the MongoDB driver: the visitor statistics' store (lib/stats/) and the server layer
 * (server/changes/, server/rateLimit/, server/siteDirectory.ts). Payload defines and migrates them (collections/stats/,
 * collections/system/, globals/SiteSettings.ts); test/int/rawSchema.test.ts checks each name
 * here against the schema the committed migrations make, so a renamed field fails a test
 * instead of a query in production.
 */
export const RAW_SCHEMA = {
  statsVisitors: {
    table: 'stats_visitors',
    columns: ['hash', 'site', 'address', 'last_seen', 'minute', 'minute_views'],
  },
  statsCounters: {
    table: 'stats_counters',
    columns: [
      'site',
      'period',
      'visits',
      'page_views',
      'bots',
      'rate_limited',
      'declined',
      'ignored',
      'updated_at',
      'created_at',
    ],
  },
  statsPages: { table: 'stats_pages', columns: ['site', 'day', 'path', 'views', 'updated_at', 'created_at'] },
  statsSalts: { table: 'stats_salts', columns: ['day', 'salt', 'updated_at', 'created_at'] },
  siteSettings: {
    table: 'site_settings',
    columns: ['statistics_total_offset', 'statistics_honour_do_not_track'],
  },
  contentChanges: { table: 'content_changes', columns: ['id', 'tags', 'origin', 'created_at'] },
  rateLimits: { table: 'rate_limits', columns: ['key', 'points', 'expire'] },
  tenants: { table: 'tenants', columns: ['id', 'slug', 'name', 'kind', 'archived_from'] },
  tenantsHosts: { table: 'tenants_hosts', columns: ['_parent_id', '_order', 'host'] },
} as const

/** MongoDB collection names (Payload's: the collection slug unless `dbName` says otherwise). */
export const MONGO_COLLECTIONS = {
  contentChanges: 'content_changes',
  rateLimits: 'rate_limits',
  tenants: 'tenants',
} as const
