import { s3Storage } from '@payloadcms/storage-s3'
import type { Field, Plugin } from 'payload'

import { mediaStorage, s3ClientConfig } from './mediaStorage'
import { UPLOAD_COLLECTIONS } from './uploads'

/** The columns the adapter adds, which say where a file is in the bucket. */
const ADAPTER_FIELDS = new Set(['prefix', '_objectKey'])
const UPLOAD_SLUGS = new Set(UPLOAD_COLLECTIONS.map((upload) => upload.slug))

/**
 * Where a file lies is the adapter's to write (with the server's rights), never a request's: a
 * journalist's upload naming a `prefix` or `_objectKey` could otherwise point its document, and
 * its deletion, at another file in the bucket. Readable as the rest of the document is.
 */
const adapterFieldsWrittenByTheAdapterOnly: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) =>
    UPLOAD_SLUGS.has(collection.slug)
      ? {
          ...collection,
          fields: collection.fields.map((field): Field =>
            'name' in field && ADAPTER_FIELDS.has(field.name)
              ? ({
                  ...field,
                  access: {
                    ...('access' in field ? field.access : {}),
                    create: () => false,
                    update: () => false,
                  },
                } as Field)
              : field,
          ),
        }
      : collection,
  ),
})

/**
 * Media in a bucket (`@payloadcms/storage-s3`, Payload's own adapter) when S3_BUCKET is set: every
 * upload collection's files, its resized copies included, are written to the bucket and not to
 * the disk, and read back through Payload's file route (`/api/media/file/…`), so its access rules
 * and every URL stay as they are on disk.
 *
 * The adapter is in the config on disk too, switched off: it adds two columns to each upload
 * collection (`prefix`, `_objectKey`), and with `alwaysInsertFields` it adds them either way, so
 * there is one schema and one set of migrations whichever storage an install uses, and the admin's
 * import map (which holds the adapter's component) is the same (test/unit/mediaStoragePlugin.test.ts).
 */
export const mediaStoragePlugins = (env: Record<string, string | undefined> = process.env): Plugin[] => {
  const storage = mediaStorage(env)
  return [
    s3Storage({
      enabled: storage.kind === 's3',
      alwaysInsertFields: true,
      bucket: storage.kind === 's3' ? storage.bucket : '',
      // An empty prefix, said: the adapter then adds the `prefix` column as alwaysInsertFields does.
      collections: Object.fromEntries(UPLOAD_COLLECTIONS.map((upload) => [upload.slug, { prefix: '' }])),
      config: storage.kind === 's3' ? s3ClientConfig(storage) : {},
    }),
    adapterFieldsWrittenByTheAdapterOnly,
  ]
}
