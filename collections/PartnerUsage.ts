import type { CollectionConfig } from 'payload'

import { isAdminUser } from '../access/roles'
import { isAdmin } from '../access/rules'
import { collectionLabels, label } from '../lib/i18n'

const nobody = () => false

/** API requests per partner per Việt Nam day, counted in the database (lib/partners/usage.ts). */
export const PartnerUsage: CollectionConfig = {
  slug: 'partner-usage',
  dbName: 'partner_usage',
  labels: collectionLabels((d) => d.collections.partnerUsage),
  admin: {
    group: label((d) => d.groups.settings),
    defaultColumns: ['partner', 'day', 'requests'],
    hidden: ({ user }) => !isAdminUser(user),
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  indexes: [{ fields: ['partner', 'day'], unique: true }],
  fields: [
    {
      name: 'partner',
      type: 'relationship',
      relationTo: 'partners',
      required: true,
      label: label((d) => d.fields.partner),
    },
    { name: 'day', type: 'text', required: true, index: true, label: label((d) => d.fields.statsDay) },
    {
      name: 'requests',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: label((d) => d.fields.partnerRequests),
    },
  ],
}
