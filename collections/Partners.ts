import type { CollectionConfig } from 'payload'

import { isAdminUser } from '../access/roles'
import { isAdmin } from '../access/rules'
import { wholeNumber } from '../fields/validators'
import { collectionLabels, label } from '../lib/i18n'

/**
 * Partner sites (the provincial portal, newspapers) that syndicate through the API with a key:
 * `Authorization: partners API-Key <key>`. A partner reads what the public reads (published
 * content only, same caps); the key identifies it for its own daily limit and usage record.
 * Managed by admins only.
 */
export const Partners: CollectionConfig = {
  slug: 'partners',
  labels: collectionLabels((d) => d.collections.partners),
  auth: { useAPIKey: true, disableLocalStrategy: true },
  admin: {
    useAsTitle: 'name',
    group: label((d) => d.groups.settings),
    defaultColumns: ['name', 'contact', 'enabled', 'dailyLimit'],
    hidden: ({ user }) => !isAdminUser(user),
  },
  access: {
    read: isAdmin,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
    // A partner's key opens the API, never the admin.
    admin: () => false,
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label((d) => d.fields.name) },
    { name: 'contact', type: 'text', label: label((d) => d.fields.partnerContact) },
    {
      name: 'enabled',
      type: 'checkbox',
      defaultValue: true,
      label: label((d) => d.fields.partnerEnabled),
    },
    {
      name: 'dailyLimit',
      label: label((d) => d.fields.partnerDailyLimit),
      admin: { description: label((d) => d.help.partnerDailyLimit) },
      ...wholeNumber,
      defaultValue: 50_000,
    },
  ],
}
