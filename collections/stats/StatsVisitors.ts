import { collectionLabels } from '../../lib/i18n'
import { siteField, statsCollection } from './shared'

/**
 * The last page view of each visitor hash (never an address), for the 30-minute visit rule, the
 * 5-minute "online" window and the per-minute cap. Times are milliseconds since the epoch, so
 * the store compares numbers on both engines. The hash includes the site, so a visitor of two
 * sites is two visitors. Rows are deleted an hour after their last page view.
 */
export const StatsVisitors = statsCollection({
  slug: 'stats-visitors',
  dbName: 'stats_visitors',
  readableByEditors: false,
  timestamps: false,
  labels: collectionLabels((d) => d.collections.statsVisitors),
  fields: [
    { name: 'hash', type: 'text', required: true, unique: true },
    siteField,
    // The client address, hashed with the day's salt like the visitor: for the per-address cap.
    { name: 'address', type: 'text', index: true },
    { name: 'lastSeen', type: 'number', required: true, index: true },
    { name: 'minute', type: 'number', required: true },
    { name: 'minuteViews', type: 'number', required: true },
  ],
})
