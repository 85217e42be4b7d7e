import { collectionLabels, label } from '../../lib/i18n'
import { siteField, statsCollection } from './shared'

const counter = (name: string, pick: Parameters<typeof label>[0]) => ({
  name,
  type: 'number' as const,
  required: true,
  defaultValue: 0,
  label: label(pick),
})

/**
 * One row per site and period: a Việt Nam day ("2026-11-28"), a month ("2026-11") and "all". A batch of
 * page views adds to the three rows it falls in, in one transaction, so each public figure is a
 * single-row read.
 */
export const StatsCounters = statsCollection({
  slug: 'stats-counters',
  dbName: 'stats_counters',
  readableByEditors: true,
  labels: collectionLabels((d) => d.collections.statsCounters),
  indexes: [{ fields: ['site', 'period'], unique: true }],
  fields: [
    siteField,
    {
      name: 'period',
      type: 'text',
      required: true,
      index: true,
      label: label((d) => d.fields.statsPeriod),
    },
    counter('visits', (d) => d.fields.statsVisits),
    counter('pageViews', (d) => d.fields.statsPageViews),
    counter('bots', (d) => d.fields.statsBots),
    counter('rateLimited', (d) => d.fields.statsRateLimited),
    counter('declined', (d) => d.fields.statsDeclined),
    counter('ignored', (d) => d.fields.statsIgnored),
  ],
})
