import path from 'node:path'

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
