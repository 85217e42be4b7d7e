import path from 'node:path'

import { mediaStorage } from './mediaStorage'

/** Uploaded media live beside the database, outside git; MEDIA_DIR moves them. */
export const mediaDir = (env: NodeJS.ProcessEnv = process.env): string =>
  path.resolve(env.MEDIA_DIR ?? path.join(process.cwd(), 'data', 'media'))

/**
 * Every upload collection and the folder its files are stored in: what a backup copies, what
 * readiness checks is writable. An upload collection (documents, later) adds a row here and takes
 * its `staticDir` from it.
 */
export const UPLOAD_COLLECTIONS: readonly {
  slug: string
  /** Its table (SQLite) or collection (MongoDB), where each row names its files. */
  table: string
  dir: (env?: NodeJS.ProcessEnv) => string
}[] = [{ slug: 'media', table: 'media', dir: mediaDir }]

/**
 * The upload collections whose files are on this machine's disk: all of them by default, none
 * when media are in a bucket (lib/mediaStorage.ts), which keeps its own copies (its versioning)
 * and which no process here may take for a folder to check, copy or restore.
 */
export const uploadsOnDisk = (env: NodeJS.ProcessEnv = process.env) =>
  mediaStorage(env).kind === 'disk' ? UPLOAD_COLLECTIONS : []
