import type { CollectionConfig } from 'payload'

import { isAdminUser } from '../access/roles'
import { isAdmin } from '../access/rules'
import { collectionLabels, label, options } from '../lib/i18n'

const nobody = () => false

/**
 * The audit trail: who published, withdrew, scheduled, deleted or restored what, and every
 * sign-in failure, lockout, account, role, password, partner key and settings change, with the
 * site and the address it came from. Written only by hooks (hooks/audit/), inside the change's
 * own transaction; nobody creates, edits or deletes an entry through the API, GraphQL or the
 * admin; admins read and filter it. Entries older than AUDIT_RETENTION_DAYS (730) are removed
 * by the server (lib/audit/retention.ts).
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  dbName: 'audit_log',
  labels: collectionLabels((d) => d.collections.auditLog),
  admin: {
    group: label((d) => d.groups.settings),
    useAsTitle: 'targetTitle',
    defaultColumns: ['createdAt', 'action', 'actorName', 'targetTitle', 'site', 'address'],
    listSearchableFields: ['actorName', 'targetTitle', 'address'],
    hidden: ({ user }) => !isAdminUser(user),
    disableCopyToLocale: true,
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  disableDuplicate: true,
  lockDocuments: false,
  defaultSort: '-createdAt',
  indexes: [{ fields: ['action', 'createdAt'] }, { fields: ['site', 'createdAt'] }],
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      options: options('auditAction'),
      label: label((d) => d.fields.auditAction),
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label((d) => d.fields.auditActor),
    },
    // As it was at the time: an account renamed or deleted later does not rewrite the past.
    { name: 'actorName', type: 'text', label: label((d) => d.fields.auditActorName) },
    {
      name: 'targetCollection',
      type: 'text',
      index: true,
      label: label((d) => d.fields.auditTargetCollection),
    },
    { name: 'targetId', type: 'text', label: label((d) => d.fields.auditTargetId) },
    { name: 'targetTitle', type: 'text', label: label((d) => d.fields.auditTargetTitle) },
    {
      name: 'site',
      type: 'relationship',
      relationTo: 'tenants',
      label: label((d) => d.fields.auditSite),
    },
    { name: 'detail', type: 'text', label: label((d) => d.fields.auditDetail) },
    { name: 'address', type: 'text', label: label((d) => d.fields.auditAddress) },
  ],
}
