import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { chooseDatabase } from '../db/choose'
import { searchFileOf } from '../search/file'
import { uploadsOnDisk } from '../uploads'
import {
  describeFile,
  FORMAT,
  type FileEntry,
  MANIFEST,
  type Manifest,
  readManifest,
  sha256File,
} from './manifest'
import { describeMongo, dumpMongo, restoreMongo } from './mongo'
import { describeSqlite, integrityOf, snapshotSqlite } from './sqlite'

const PREFIX = 'ntm-backup-'
const SQLITE_FILE = 'database.db'
const MONGO_FILE = 'database.archive.gz'

/** `2026-12-02T06:20:01.123Z` → `20261202T062001123Z`: sortable, safe in a file name. */
const stamp = (date: Date) => date.toISOString().replace(/[-:.]/g, '')

export const backupDir = (env: NodeJS.ProcessEnv = process.env): string =>
  path.resolve(env.BACKUP_DIR || 'backups')

/** How many backups `npm run backup` keeps (BACKUP_KEEP, 14 by default): older ones are removed. */
export const backupsKept = (env: NodeJS.ProcessEnv = process.env): number => {
  const keep = Number(env.BACKUP_KEEP)
  return Number.isInteger(keep) && keep > 0 ? keep : 14
}

const release = (root: string): Manifest['release'] => {
  const version = (
    JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
  ).version
  let commit: string | null = null
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()
  } catch {
    // Installed from an archive, without git.
  }
  return { version, commit }
}

/** Complete backups in `dir`, oldest first (a partial one has no manifest and a dot name). */
export const listBackups = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => name.startsWith(PREFIX) && fs.existsSync(path.join(dir, name, MANIFEST)))
        .sort()
        .map((name) => path.join(dir, name))
    : []

/**
 * One consistent backup of the portal while it runs: a snapshot of the database (SQLite's
 * `VACUUM INTO`; MongoDB's `mongodump`), then every uploaded file the snapshot refers to (files
 * are never rewritten in place: a new upload gets a new name), then a manifest with the release,
 * the schema version, rows per table and a SHA-256 of every file. Written under a dot name and
 * renamed when complete; then only the newest BACKUP_KEEP backups are kept.
 */
export const backup = async ({
  env = process.env,
  root = process.cwd(),
  now = new Date(),
}: { env?: NodeJS.ProcessEnv; root?: string; now?: Date } = {}): Promise<{
  path: string
  manifest: Manifest
  missing: string[]
  removed: string[]
}> => {
  const choice = chooseDatabase(env.DATABASE_URI, env)
  const dir = backupDir(env)
  const name = `${PREFIX}${stamp(now)}`
  const partial = path.join(dir, `.partial-${name}`)
  fs.mkdirSync(partial, { recursive: true })
  try {
    const tables = uploadsOnDisk(env).map((upload) => upload.table)
    let described: Awaited<ReturnType<typeof describeSqlite>>
    let database: FileEntry
    if (choice.engine === 'sqlite') {
      const target = path.join(partial, SQLITE_FILE)
      await snapshotSqlite(choice.file, target)
      described = await describeSqlite(target, tables)
      database = await describeFile(target, SQLITE_FILE)
    } else {
      const target = path.join(partial, MONGO_FILE)
      described = await describeMongo(choice.url, tables)
      dumpMongo(choice.url, target)
      database = await describeFile(target, MONGO_FILE)
    }
    const files: FileEntry[] = []
    const missing: string[] = []
    for (const upload of uploadsOnDisk(env)) {
      const from = upload.dir(env)
      for (const file of described.uploads[upload.table] ?? []) {
        const source = path.join(from, file)
        const relative = path.join('uploads', upload.slug, file)
        if (!fs.existsSync(source)) {
          // Deleted since the snapshot (or lost before it): the restored row will lack its file.
          missing.push(relative)
          continue
        }
        fs.mkdirSync(path.dirname(path.join(partial, relative)), { recursive: true })
        fs.copyFileSync(source, path.join(partial, relative))
        files.push(await describeFile(path.join(partial, relative), relative))
      }
    }
    const manifest: Manifest = {
      format: FORMAT,
      createdAt: now.toISOString(),
      release: release(root),
      engine: choice.engine,
      schema: { migrations: described.migrations, latest: described.migrations.at(-1) ?? null },
      counts: described.counts,
      database,
      files,
    }
    fs.writeFileSync(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
    const final = path.join(dir, name)
    fs.renameSync(partial, final)
    const all = listBackups(dir)
    const removed = all.slice(0, Math.max(0, all.length - backupsKept(env)))
    for (const old of removed) fs.rmSync(old, { recursive: true, force: true })
    return { path: final, manifest, missing, removed }
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true })
    throw error
  }
}

/** A backup that fails its own checks, or a restore refused: the message says which and why. */
export class RestoreRefused extends Error {}

/** Checks a backup against its manifest: every checksum, and SQLite's integrity. */
export const verifyBackup = async (folder: string): Promise<Manifest> => {
  const manifestFile = path.join(folder, MANIFEST)
  if (!fs.existsSync(manifestFile))
    throw new RestoreRefused(`${folder} is not a complete backup (no ${MANIFEST})`)
  const manifest = readManifest(manifestFile)
  for (const entry of [manifest.database, ...manifest.files]) {
    const file = path.join(folder, entry.path)
    if (!fs.existsSync(file)) throw new RestoreRefused(`the backup lacks ${entry.path}`)
    if ((await sha256File(file)) !== entry.sha256)
      throw new RestoreRefused(
        `${entry.path} does not match its checksum in the manifest: the backup is damaged`,
      )
  }
  if (manifest.engine === 'sqlite') {
    const integrity = await integrityOf(path.join(folder, manifest.database.path))
    if (integrity !== 'ok')
      throw new RestoreRefused(`the backup's database fails its integrity check: ${integrity}`)
  }
  return manifest
}

const moveAside = (file: string, suffix: string): string | null => {
  if (!fs.existsSync(file)) return null
  fs.renameSync(file, `${file}${suffix}`)
  return `${file}${suffix}`
}

const hasFiles = (dir: string) => fs.existsSync(dir) && fs.readdirSync(dir).length > 0

/**
 * Puts a backup in place of the portal's database and uploads, with the server stopped. Refuses
 * a damaged backup, one of another engine, and, without `overwrite`, a database or upload folder
 * that already holds data. Nothing is deleted: what was there is moved aside with the suffix
 * `.before-restore-<time>`. The search index, derived from the content, is removed and rebuilt
 * by the server at its next start; the pages the server had kept are rendered again then too.
 */
export const restore = async (
  folder: string,
  {
    overwrite = false,
    env = process.env,
    now = new Date(),
  }: { overwrite?: boolean; env?: NodeJS.ProcessEnv; now?: Date } = {},
): Promise<{ manifest: Manifest; movedAside: string[] }> => {
  const manifest = await verifyBackup(folder)
  const choice = chooseDatabase(env.DATABASE_URI, env)
  if (choice.engine !== manifest.engine)
    throw new RestoreRefused(
      `the backup is of a ${manifest.engine} database; DATABASE_URI names ${choice.engine}`,
    )
  const uploadDirs = uploadsOnDisk(env).map((upload) => ({ ...upload, to: upload.dir(env) }))
  const occupied = [
    ...(choice.engine === 'sqlite' && fs.existsSync(choice.file) && fs.statSync(choice.file).size > 0
      ? [choice.file]
      : []),
    ...(choice.engine === 'mongodb' ? [choice.url.replace(/\/\/[^@/]*@/, '//…@')] : []),
    ...uploadDirs.filter((upload) => hasFiles(upload.to)).map((upload) => upload.to),
  ]
  if (occupied.length && !overwrite)
    throw new RestoreRefused(
      `${occupied.join(' and ')} already hold data: stop the server, then run again with --overwrite (what is there now is kept beside it as …before-restore-<time>${choice.engine === 'mongodb' ? '; MongoDB collections are replaced' : ''})`,
    )
  const suffix = `.before-restore-${stamp(now)}`
  const movedAside: string[] = []
  if (choice.engine === 'sqlite') {
    fs.mkdirSync(path.dirname(choice.file), { recursive: true })
    const incoming = `${choice.file}.restoring`
    fs.copyFileSync(path.join(folder, manifest.database.path), incoming)
    if ((await sha256File(incoming)) !== manifest.database.sha256)
      throw new RestoreRefused('the copied database does not match its checksum: is the disk full?')
    // The database with its WAL (committed writes not yet checkpointed) and shared memory.
    for (const file of [choice.file, `${choice.file}-wal`, `${choice.file}-shm`]) {
      const aside = moveAside(file, suffix)
      if (aside) movedAside.push(aside)
    }
    fs.renameSync(incoming, choice.file)
    const search = searchFileOf(choice.file)
    for (const file of [search, `${search}-wal`, `${search}-shm`]) fs.rmSync(file, { force: true })
  } else {
    restoreMongo(choice.url, path.join(folder, manifest.database.path))
  }
  for (const upload of uploadDirs) {
    const aside = hasFiles(upload.to) ? moveAside(upload.to, suffix) : null
    if (aside) movedAside.push(aside)
    fs.mkdirSync(upload.to, { recursive: true })
    const prefix = path.join('uploads', upload.slug) + path.sep
    for (const entry of manifest.files.filter((file) => file.path.startsWith(prefix)))
      fs.copyFileSync(path.join(folder, entry.path), path.join(upload.to, entry.path.slice(prefix.length)))
  }
  return { manifest, movedAside }
}
