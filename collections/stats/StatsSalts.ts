import { collectionLabels } from '../../lib/i18n'
import { statsCollection } from './shared'

/**
 * The secret salt of each Việt Nam day, shared by every server process so that one visitor has
 * one hash whichever process counts them. Deleted once older than 48 hours; readable by nobody.
 */
export const StatsSalts = statsCollection({
  slug: 'stats-salts',
  dbName: 'stats_salts',
  readableByEditors: false,
  labels: collectionLabels((d) => d.collections.statsSalts),
  fields: [
    { name: 'day', type: 'text', required: true, unique: true },
    { name: 'salt', type: 'text', required: true },
  ],
})
