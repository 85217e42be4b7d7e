import { systemCollection } from './systemCollection'

/**
 * The API rate limit's counters, shared by every server process (server/rateLimit/): one row per
 * client key and window, upserted atomically by `rate-limiter-flexible`.
 */
export const RateLimits = systemCollection({
  slug: 'rate-limits',
  dbName: 'rate_limits',
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'points', type: 'number', required: true, defaultValue: 0 },
    { name: 'expire', type: 'date' },
  ],
})
