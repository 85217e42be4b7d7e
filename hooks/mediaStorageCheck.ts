import fs from 'node:fs/promises'

import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Payload reports any failure to write an uploaded file as a 400 "problem while uploading",
 * whatever the cause, so a full or read-only media disk would look like the journalist's
 * mistake. Checked first, it becomes a storage failure (503, hooks/storageFailureResponse.ts).
 * The margin covers the resized copies (three sizes, each smaller than the original).
 */
export const mediaStorageCheck =
  (directory: () => string): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if ((operation !== 'create' && operation !== 'update') || !req.file) return args
    const dir = directory()
    await fs.mkdir(dir, { recursive: true })
    await fs.access(dir, fs.constants.W_OK) // EROFS or EACCES when the disk is read-only.
    const { bavail, bsize } = await fs.statfs(dir)
    const needed = 4 * (req.file.size ?? req.file.data?.length ?? 0)
    if (bavail * bsize < needed) {
      throw Object.assign(new Error(`ENOSPC: ${needed} bytes needed in ${dir}, ${bavail * bsize} free`), {
        code: 'ENOSPC',
      })
    }
    return args
  }

/**
 * The same check for media in a bucket: it must answer before the document is saved. Payload runs
 * SQLite without transactions (db-sqlite's default), so a file the adapter fails to write after
 * the save would leave a document without its file; asked first, the upload is a 503 and nothing
 * is saved. (The bucket failing in the instant between the two is not covered.)
 */
export const mediaBucketCheck =
  (probe: () => Promise<string>): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if ((operation !== 'create' && operation !== 'update') || !req.file) return args
    await probe()
    return args
  }
