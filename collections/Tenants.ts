import type { CollectionConfig, PayloadRequest } from 'payload'

import { anyone, isAdmin } from '../access/rules'
import { vietnameseSlugField } from '../fields/slug'
import { httpUrl } from '../fields/validators'
import { normalizeCollectionText } from '../hooks/normalizeText'
import { revalidateHooks } from '../hooks/revalidate'
import { collectionLabels, label, message, options, rowLabels } from '../lib/i18n'
import { isValidHost, normalHost } from '../lib/sites/directory'

/**
 * The sites of one install ("Đơn vị"): the province's programme office and each current commune,
 * and the archive of a unit merged away (read-only from `archivedFrom`, never deleted). Articles,
 * events and media belong to one (the `tenant` field @payloadcms/plugin-multi-tenant adds);
 * categories, criteria and the commune registry are shared. Public: readers and partners filter by site.
 */
export const Tenants: CollectionConfig = {
  slug: 'tenants',
  labels: collectionLabels((d) => d.collections.tenants),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'slug', 'archivedFrom'],
    group: label((d) => d.groups.settings),
  },
  access: {
    read: anyone,
    create: isAdmin,
    update: isAdmin,
    // A site is archived, never deleted: its pages and URLs stay.
    delete: () => false,
  },
  hooks: { beforeValidate: [normalizeCollectionText], ...revalidateHooks },
  fields: [
    { name: 'name', type: 'text', required: true, label: label((d) => d.fields.name) },
    vietnameseSlugField({ collection: 'tenants', useAsSlug: 'name' }),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'xa',
      options: options('siteKind'),
      label: label((d) => d.fields.siteKind),
    },
    {
      name: 'commune',
      type: 'relationship',
      relationTo: 'communes',
      label: label((d) => d.fields.siteCommune),
    },
    {
      name: 'hosts',
      type: 'array',
      label: label((d) => d.fields.siteHosts),
      labels: rowLabels(
        (d) => d.fields.hostRow,
        (d) => d.fields.siteHosts,
      ),
      admin: {
        description: label((d) => d.help.siteHosts),
        components: {
          RowLabel: { path: '/components/admin/RowLabels#TextRowLabel', clientProps: { fields: ['host'] } },
        },
      },
      fields: [
        {
          name: 'host',
          type: 'text',
          required: true,
          label: label((d) => d.fields.siteHost),
          // Compared as the server layer compares a Host header (lib/sites/directory.ts).
          hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normalHost(value) : value)] },
          validate: (value: unknown, { req }: { req: PayloadRequest }) =>
            typeof value === 'string' && isValidHost(value)
              ? true
              : message(req, (d) => d.errors.invalidHost),
        },
      ],
    },
    { name: 'address', type: 'text', label: label((d) => d.fields.siteAddress) },
    { name: 'phone', type: 'text', label: label((d) => d.fields.sitePhone) },
    { name: 'email', type: 'email', label: label((d) => d.fields.siteEmail) },
    { name: 'logo', type: 'upload', relationTo: 'media', label: label((d) => d.fields.siteLogo) },
    {
      name: 'links',
      type: 'array',
      label: label((d) => d.fields.siteLinks),
      labels: rowLabels(
        (d) => d.fields.linkRow,
        (d) => d.fields.siteLinks,
      ),
      admin: {
        components: {
          RowLabel: { path: '/components/admin/RowLabels#TextRowLabel', clientProps: { fields: ['label'] } },
        },
      },
      fields: [
        { name: 'label', type: 'text', required: true, label: label((d) => d.fields.linkLabel) },
        {
          name: 'url',
          type: 'text',
          required: true,
          validate: httpUrl,
          label: label((d) => d.fields.linkUrl),
        },
      ],
    },
    { name: 'archivedFrom', type: 'date', label: label((d) => d.fields.siteArchivedFrom) },
  ],
}
