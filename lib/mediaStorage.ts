/**
 * Where uploaded files are kept: on this machine's disk (MEDIA_DIR, the default) or in an
 * S3-compatible bucket (S3_BUCKET and its settings), which an install on more than one machine
 * needs: every process on every machine must see every file. Read from the environment; a setting
 * the portal cannot use throws with one line (the server checks it at start: server/config.ts).
 */
export type MediaStorage =
  | { kind: 'disk' }
  | {
      kind: 's3'
      bucket: string
      region: string
      /** An S3-compatible service's address (MinIO, Ceph, a provincial data centre's); none for AWS. */
      endpoint?: string
      /** `http://host/bucket/key` rather than `http://bucket.host/key`: what most S3-compatible services want. */
      forcePathStyle: boolean
      /** None: the AWS SDK's own chain (an instance's role, AWS_* variables). */
      credentials?: { accessKeyId: string; secretAccessKey: string }
    }

/** Every setting of the bucket, so one set without S3_BUCKET is an error, not silently the disk. */
const S3_SETTINGS = [
  'S3_REGION',
  'S3_ENDPOINT',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
] as const

/** S3's bucket naming rules (lowercase letters, digits, dots and hyphens, 3 to 63). */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

export const mediaStorage = (env: Record<string, string | undefined> = process.env): MediaStorage => {
  const setting = (name: string) => env[name]?.trim() || undefined
  const bucket = setting('S3_BUCKET')
  if (!bucket) {
    const stray = S3_SETTINGS.filter((name) => setting(name))
    if (stray.length)
      throw new Error(
        `${stray.join(', ')} set without S3_BUCKET: name the bucket, or unset them to keep media on disk (MEDIA_DIR).`,
      )
    return { kind: 'disk' }
  }
  if (!BUCKET_NAME.test(bucket))
    throw new Error(
      `S3_BUCKET is not a bucket name: "${bucket}" (3–63 lowercase letters, digits, dots and hyphens).`,
    )
  const endpoint = setting('S3_ENDPOINT')
  if (endpoint) {
    let url: URL | undefined
    try {
      url = new URL(endpoint)
    } catch {
      url = undefined
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.username || url.password)
      throw new Error(`S3_ENDPOINT must be an http or https address without credentials: "${endpoint}".`)
  }
  const region = setting('S3_REGION') ?? (endpoint ? 'us-east-1' : undefined)
  if (!region) throw new Error('S3_REGION is required with S3_BUCKET on AWS (e.g. ap-southeast-1).')
  const accessKeyId = setting('S3_ACCESS_KEY_ID')
  const secretAccessKey = setting('S3_SECRET_ACCESS_KEY')
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw new Error(
      "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the machine's role.",
    )
  const pathStyle = setting('S3_FORCE_PATH_STYLE')
  if (pathStyle && !['true', 'false'].includes(pathStyle))
    throw new Error(`S3_FORCE_PATH_STYLE is true or false, not "${pathStyle}".`)
  return {
    kind: 's3',
    bucket,
    region,
    endpoint,
    forcePathStyle: pathStyle ? pathStyle === 'true' : Boolean(endpoint),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  }
}

/**
 * The AWS SDK client's settings for a bucket. An S3-compatible service gets checksums only where
 * S3 requires them: with the SDK's default (a CRC32 trailer on every upload, sent `aws-chunked`),
 * a service that does not know that encoding stores the framing and the trailer inside the file —
 * s3rver did so here with a streamed upload, silently.
 */
export const s3ClientConfig = (storage: Extract<MediaStorage, { kind: 's3' }>) => ({
  region: storage.region,
  endpoint: storage.endpoint,
  forcePathStyle: storage.forcePathStyle,
  credentials: storage.credentials,
  ...(storage.endpoint
    ? {
        requestChecksumCalculation: 'WHEN_REQUIRED' as const,
        responseChecksumValidation: 'WHEN_REQUIRED' as const,
      }
    : {}),
})
