import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { adminOrSelf, isAdmin, isAdminField } from '../access/rules'
import { normalizeCollectionText } from '../hooks/normalizeText'
import { collectionLabels, label, options } from '../lib/i18n'

/**
 * The first account made on a new portal (Payload's "create first user" screen) becomes an
 * admin; otherwise nobody could ever manage users. No account with a known password ships.
 */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: collectionLabels((d) => d.collections.users),
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'email', 'role'],
    group: label((d) => d.groups.settings),
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  access: {
    // Users are staff accounts: invisible to the public and to the public API.
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: {
    beforeValidate: [normalizeCollectionText],
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    {
      name: 'displayName',
      type: 'text',
      required: true,
      label: label((d) => d.fields.displayName),
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'journalist',
      options: options('role'),
      label: label((d) => d.fields.role),
      saveToJWT: true,
      admin: {
        // The first account is always made an administrator: no choice to show on that screen.
        condition: (_data, _siblingData, { user }) => Boolean(user),
      },
      access: {
        // Nobody promotes themselves.
        create: isAdminField,
        update: isAdminField,
      },
    },
  ],
}
