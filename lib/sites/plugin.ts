import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import type { AccessResult, Plugin } from 'payload'

import { userAccess } from '../../collections/Users'

import { provinceRoleOf } from '../../access/roles'
import { isAdminField } from '../../access/rules'
import { label, options } from '../i18n'
import { defaultSiteFor } from './defaultSite'
import { SITE_SCOPED_COLLECTIONS } from './scoped'

/**
 * @payloadcms/plugin-multi-tenant gives the `tenant` field, the admin's site selector and its
 * filtered lists and pickers. Access stays ours (access/rules.ts, by role per site):
 * `useTenantAccess: false`. Deleting a site never deletes its content (sites are archived, and
 * the collection refuses deletes anyway). Anyone with a province-wide role works on every site.
 */
const multiTenant: Plugin = multiTenantPlugin({
  tenantsSlug: 'tenants',
  cleanupAfterTenantDelete: false,
  // Sites are public (readers and partners filter by them); who manages them is Tenants' own rule.
  useTenantsCollectionAccess: false,
  // Accounts keep their own rules (an admin, or oneself): the plugin would narrow them to the
  // accounts sharing a site, and widen nothing.
  usersAccessResultOverride: ({ accessKey, accessResult, ...args }) => {
    void accessResult
    const own = (userAccess as Record<string, ((a: typeof args) => AccessResult) | undefined>)[accessKey]
    return own ? own(args) : false
  },
  userHasAccessToAllTenants: (user) => provinceRoleOf(user) !== undefined,
  tenantField: {
    defaultValue: defaultSiteFor,
    label: label((d) => d.fields.site),
  },
  tenantsArrayField: {
    includeDefaultField: true,
    arrayFieldAccess: { create: isAdminField, update: isAdminField },
    rowFields: [
      {
        name: 'role',
        type: 'select',
        required: true,
        defaultValue: 'journalist',
        options: options('role'),
        label: label((d) => d.fields.role),
      },
    ],
  },
  collections: Object.fromEntries(SITE_SCOPED_COLLECTIONS.map((slug) => [slug, { useTenantAccess: false }])),
  i18n: {
    translations: {
      vi: {
        'nav-tenantSelector-label': 'Đơn vị',
        'assign-tenant-button-label': 'Chuyển đơn vị',
        'assign-tenant-modal-title': 'Chuyển "{{title}}" sang đơn vị khác',
        'field-assignedTenant-label': 'Đơn vị',
      },
    },
  },
})

/** The plugin names its users field and its rows "Tenant" (it takes no label): ours say it in Vietnamese. */
const labelSiteRoles: Plugin = (config) => {
  const users = config.collections?.find((collection) => collection.slug === 'users')
  for (const field of users?.fields ?? []) {
    if ('name' in field && field.name === 'tenants' && field.type === 'array') {
      field.label = label((d) => d.fields.siteRoles)
      // Rows read "Đơn vị 01" and the button "Thêm: Đơn vị", not the plugin's "Tenant".
      field.labels = { singular: label((d) => d.fields.site), plural: label((d) => d.fields.siteRoles) }
      for (const row of field.fields)
        if ('name' in row && row.name === 'tenant') row.label = label((d) => d.fields.site)
    }
  }
  return config
}

export const sitesPlugins: Plugin[] = [multiTenant, labelSiteRoles]
