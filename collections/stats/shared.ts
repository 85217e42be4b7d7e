import type { Access, CollectionConfig } from 'payload'

import { isEditorUser } from '../../access/roles'
import { isEditor } from '../../access/rules'
import { label } from '../../lib/i18n'
import { DEFAULT_SITE_ID } from '../../lib/sites'

const nobody: Access = () => false

/**
 * What every statistics collection shares. Rows are written only by the statistics store
 * (`lib/stats/`), which increments them atomically in the database: nobody writes them through
 * the API or the admin, and they have no versions (a counter's history is its daily rows).
 */
export const statsCollection = (
  config: Pick<CollectionConfig, 'slug' | 'dbName' | 'fields' | 'labels' | 'indexes' | 'timestamps'> & {
    /** Editors may read counters; visitors and salts are readable by nobody. */
    readableByEditors: boolean
  },
): CollectionConfig => {
  const { readableByEditors, ...rest } = config
  return {
    ...rest,
    access: {
      read: readableByEditors ? isEditor : nobody,
      create: nobody,
      update: nobody,
      delete: nobody,
    },
    admin: {
      group: label((d) => d.groups.statistics),
      // Journalists never see them; editors see counters read-only; salts and visitors stay hidden.
      hidden: readableByEditors ? ({ user }) => !isEditorUser(user) : true,
    },
    graphQL: readableByEditors ? undefined : false,
    // Rows nobody edits in the admin: nothing to lock.
    lockDocuments: false,
  }
}

/** The site a row counts for (lib/sites.ts): every statistics key carries one. */
export const siteField = {
  name: 'site',
  type: 'text',
  required: true,
  defaultValue: DEFAULT_SITE_ID,
  index: true,
  label: label((d) => d.fields.statsSite),
} as const
