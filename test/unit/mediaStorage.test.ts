import { describe, expect, it } from 'vitest'

import { mediaStorage, s3ClientConfig } from '../../lib/mediaStorage'

describe('where media are kept (lib/mediaStorage.ts)', () => {
  it('is the disk without S3_BUCKET', () => {
    expect(mediaStorage({})).toEqual({ kind: 'disk' })
    expect(mediaStorage({ S3_BUCKET: '  ' })).toEqual({ kind: 'disk' })
  })

  it('refuses a bucket setting without the bucket rather than silently using the disk', () => {
    expect(() => mediaStorage({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(
      /S3_ENDPOINT set without S3_BUCKET/,
    )
  })

  it('takes an S3-compatible service: path-style, a default region, checksums only where S3 requires them', () => {
    const storage = mediaStorage({
      S3_BUCKET: 'ntm-media',
      S3_ENDPOINT: 'https://s3.langson.gov.vn',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    })
    expect(storage).toEqual({
      kind: 's3',
      bucket: 'ntm-media',
      region: 'us-east-1',
      endpoint: 'https://s3.langson.gov.vn',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
    })
    if (storage.kind !== 's3') throw new Error('unreachable')
    expect(s3ClientConfig(storage)).toMatchObject({ requestChecksumCalculation: 'WHEN_REQUIRED' })
  })

  it('takes AWS itself with a region and the machine role', () => {
    const storage = mediaStorage({ S3_BUCKET: 'ntm-media', S3_REGION: 'ap-southeast-1' })
    expect(storage).toMatchObject({
      kind: 's3',
      region: 'ap-southeast-1',
      forcePathStyle: false,
      credentials: undefined,
    })
    if (storage.kind !== 's3') throw new Error('unreachable')
    expect(s3ClientConfig(storage)).not.toHaveProperty('requestChecksumCalculation')
  })

  it.each([
    [{ S3_BUCKET: 'Ảnh' }, /not a bucket name/],
    [{ S3_BUCKET: 'ntm-media' }, /S3_REGION is required/],
    [{ S3_BUCKET: 'ntm-media', S3_ENDPOINT: 'ftp://x' }, /S3_ENDPOINT must be an http/],
    [{ S3_BUCKET: 'ntm-media', S3_ENDPOINT: 'http://u:p@x' }, /without credentials/],
    [{ S3_BUCKET: 'ntm-media', S3_REGION: 'x', S3_ACCESS_KEY_ID: 'key' }, /go together/],
    [{ S3_BUCKET: 'ntm-media', S3_REGION: 'x', S3_FORCE_PATH_STYLE: 'yes' }, /true or false/],
  ])('refuses %o with one line', (env, message) => {
    expect(() => mediaStorage(env)).toThrow(message)
  })
})
