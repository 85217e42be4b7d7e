import { createHash } from 'node:crypto'
import fs from 'node:fs'

/** The file every backup folder holds beside what it saved; written last, so its presence means complete. */
export const MANIFEST = 'manifest.json'
export const FORMAT = 1

export type FileEntry = { path: string; bytes: number; sha256: string }

export type Manifest = {
  format: number
  createdAt: string
  /** The portal's release: package version and, where git is there, its commit. */
  release: { version: string; commit: string | null }
  engine: 'sqlite' | 'mongodb'
  /** The migrations the database had applied: its schema version is the last. */
  schema: { migrations: string[]; latest: string | null }
  /** Rows per table (collection) in the snapshot. */
  counts: Record<string, number>
  /** The database snapshot and every uploaded file, with their checksums. */
  database: FileEntry
  files: FileEntry[]
}

export const sha256File = (file: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')))
  })

export const describeFile = async (file: string, relative: string): Promise<FileEntry> => ({
  path: relative,
  bytes: fs.statSync(file).size,
  sha256: await sha256File(file),
})

export const readManifest = (file: string): Manifest => {
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest
  if (manifest.format !== FORMAT)
    throw new Error(`unknown backup format ${manifest.format} (this release reads ${FORMAT})`)
  return manifest
}
