import type { CollectionConfig, Config, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Media } from '../../collections/Media'
import { mediaStoragePlugins } from '../../lib/mediaStoragePlugin'

const BUCKET = { S3_BUCKET: 'ntm-media', S3_ENDPOINT: 'http://127.0.0.1:9000' }

const applied = async (env: Record<string, string>) => {
  let config = { collections: [Media] } as unknown as Config
  for (const plugin of mediaStoragePlugins(env)) config = await plugin(config)
  return config
}

/** Every stored field as `path:type`: what the database schema is made from. */
const columns = (fields: Field[], prefix = ''): string[] =>
  fields.flatMap((field) => {
    if (!('name' in field)) return 'fields' in field ? columns(field.fields as Field[], prefix) : []
    const path = `${prefix}${field.name}`
    return field.type === 'group' ? columns(field.fields, `${path}.`) : [`${path}:${field.type}`]
  })

const media = (config: Config) => config.collections!.find((c) => c.slug === 'media') as CollectionConfig

describe('media storage in the config (lib/mediaStoragePlugin.ts)', () => {
  it('makes the same schema on disk and in a bucket: one set of migrations for both', async () => {
    const onDisk = columns(media(await applied({})).fields).sort()
    const inBucket = columns(media(await applied(BUCKET)).fields).sort()
    expect(onDisk).toEqual(inBucket)
    expect(onDisk).toEqual(
      expect.arrayContaining(['prefix:text', '_objectKey:text', 'sizes.thumbnail.url:text']),
    )
  })

  it('writes to the disk, or only to the bucket and reads back through it', async () => {
    const disk = media(await applied({})).upload as { disableLocalStorage?: boolean; handlers?: unknown[] }
    const bucket = media(await applied(BUCKET)).upload as {
      disableLocalStorage?: boolean
      handlers?: unknown[]
    }
    expect(disk.disableLocalStorage).not.toBe(true)
    expect(disk.handlers).toHaveLength(1) // missing file → 404 (hooks/missingFile.ts)
    expect(bucket.disableLocalStorage).toBe(true)
    // The bucket's own handler (it answers a missing object 404 itself) after the collection's; the
    // collection leaves out the disk's when S3_BUCKET is set at start (here it was not).
    expect(bucket.handlers).toHaveLength(disk.handlers!.length + 1)
  })

  it("puts the adapter's admin component in the import map either way", async () => {
    for (const env of [{}, BUCKET]) {
      expect(Object.keys((await applied(env)).admin?.dependencies ?? {})).toContain(
        '@payloadcms/storage-s3/client#S3ClientUploadHandler',
      )
    }
  })
})
