import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3'

import { type MediaStorage, s3ClientConfig } from './mediaStorage'

/**
 * Whether the media bucket answers and this install may use it (HeadBucket: 403 without the
 * rights, 404 when it does not exist). Readiness asks it (server/health/), and so does an upload
 * before anything is saved (hooks/mediaStorageCheck.ts). One client for the process's life: the
 * SDK keeps its connections. The error it throws keeps the SDK's as its `cause`, which
 * lib/db/storageFailure.ts reads as a storage failure.
 */
export const bucketProbe = (storage: Extract<MediaStorage, { kind: 's3' }>) => {
  const client = new S3Client(s3ClientConfig(storage))
  return async (): Promise<string> => {
    try {
      await client.send(new HeadBucketCommand({ Bucket: storage.bucket }))
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
      throw new Error(`bucket ${storage.bucket}: ${status ? `HTTP ${status}` : (error as Error).message}`, {
        cause: error,
      })
    }
    return `s3://${storage.bucket}`
  }
}
