import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  ValidationError,
} from 'payload'

import { adminOrSelf, isAdmin, isAdminField } from '../access/rules'
import { normalizeCollectionText } from '../hooks/normalizeText'
import { collectionLabels, label, message, options } from '../lib/i18n'

/**
 * The first account made on a new portal (Payload's "create first user" screen) becomes an
 * admin; otherwise nobody could ever manage users. No account with a known password ships.
 */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

/** At least 10 characters with letters and digits: the accounts can publish on a state portal. */
export const acceptablePassword = (password: string): boolean =>
  password.length >= 10 && /\p{L}/u.test(password) && /\d/.test(password)

const passwordPolicy: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password === 'string' && !acceptablePassword(password)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'password', message: message(req, (d) => d.errors.passwordPolicy) }],
      req,
    })
  }
  return data
}

/** Who may do what with accounts (lib/sites/plugin.ts keeps them, not the plugin's). */
export const userAccess = {
  // Users are staff accounts: invisible to the public and to the public API.
  read: adminOrSelf,
  create: isAdmin,
  update: adminOrSelf,
  delete: isAdmin,
  // Lifting a lockout is an admin's act: anyone else could undo the lockout of any account.
  unlock: isAdmin,
  admin: ({ req }) => req.user?.collection === 'users',
} satisfies CollectionConfig['access']

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
  // A copy: the sites plugin wraps the collection's rules, and hands them back to these.
  access: { ...userAccess },
  hooks: {
    beforeValidate: [passwordPolicy, normalizeCollectionText],
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
      // Province-wide: every site, present and future. Empty for someone who works for some
      // sites only (their rows in `tenants`, added by the sites plugin, lib/sites/plugin.ts).
      name: 'role',
      type: 'select',
      options: options('role'),
      label: label((d) => d.fields.provinceRole),
      saveToJWT: true,
      admin: {
        description: label((d) => d.help.provinceRole),
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
