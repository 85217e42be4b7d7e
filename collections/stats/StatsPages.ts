import { collectionLabels, label } from '../../lib/i18n'
import { siteField, statsCollection } from './shared'

/** Page views per site, public path and Việt Nam day: "most read" for editors, never shown publicly. */
export const StatsPages = statsCollection({
  slug: 'stats-pages',
  dbName: 'stats_pages',
  readableByEditors: true,
  labels: collectionLabels((d) => d.collections.statsPages),
  indexes: [{ fields: ['site', 'day', 'path'], unique: true }],
  fields: [
    siteField,
    { name: 'day', type: 'text', required: true, index: true, label: label((d) => d.fields.statsDay) },
    { name: 'path', type: 'text', required: true, label: label((d) => d.fields.statsPath) },
    {
      name: 'views',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: label((d) => d.fields.statsPageViews),
    },
  ],
})
