import type { Access, CollectionConfig } from 'payload'

const nobody: Access = () => false

/**
 * A table the production server's own layer (`server/`) reads and writes with its own database
 * connection. Payload defines it so that the committed migrations (SQLite) and the adapter's
 * models (MongoDB) create it like every other table; nobody reads or writes it through the API,
 * GraphQL or the admin.
 */
export const systemCollection = (
  config: Pick<CollectionConfig, 'slug' | 'dbName' | 'fields' | 'indexes'>,
): CollectionConfig => ({
  ...config,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  admin: { hidden: true },
  graphQL: false,
  // Nobody edits these rows in the admin: nothing to lock.
  lockDocuments: false,
  timestamps: true,
})
