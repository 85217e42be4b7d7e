import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sha256File } from '../../lib/backup/manifest'
import { type Manifest } from '../../lib/backup/manifest'
import { startPayload, TEST_ENGINE, type TestPayload } from '../helpers/payload'

/**
 * `npm run backup` and `npm run restore` as an operator runs them (separate processes), on a
 * real Payload's SQLite database that keeps taking writes (articles and image uploads) while the
 * backup is taken: what was acknowledged before the backup began is in the restored database,
 * whose row counts are the manifest's, whose files match their checksums and the originals, and
 * which passes SQLite's integrity check. Restore refuses to overwrite without its flag, refuses a
 * damaged backup, and moves aside (never deletes) what it replaces. Retention keeps BACKUP_KEEP.
 */
let ctx: TestPayload
let payload: Payload
let env: NodeJS.ProcessEnv

const IMAGE = path.resolve('seed/media/ra-quan-ntm.jpg')

const run = (script: string, args: string[], extra: Record<string, string> = {}) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
      env: { ...env, ...extra },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }))
  })

const backupPathOf = (stdout: string) => /Backup written: (\S+) \(/.exec(stdout)?.[1] ?? ''

beforeAll(async () => {
  ctx = await startPayload()
  payload = ctx.payload
  env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URI: process.env.DATABASE_URI,
    MEDIA_DIR: process.env.MEDIA_DIR,
    BACKUP_DIR: path.join(ctx.dir, 'backups'),
  }
})
afterAll(async () => ctx?.close())

describe.skipIf(TEST_ENGINE !== 'sqlite')('backup and restore (SQLite)', () => {
  let backupPath = ''
  let manifest: Manifest
  const acknowledgedBefore: number[] = []
  const mediaBefore: { id: number; filename: string }[] = []

  it('a backup taken under write load restores everything acknowledged before it', async () => {
    for (let n = 0; n < 3; n += 1) {
      const media = await payload.create({
        collection: 'media',
        overrideAccess: true,
        data: { alt: `Ảnh ${n}` },
        filePath: IMAGE,
      })
      mediaBefore.push({ id: media.id as number, filename: media.filename as string })
    }
    let writing = true
    let written = 0
    let backupStarted = false
    const writer = (async () => {
      while (writing) {
        const doc = await payload.create({
          collection: 'articles',
          overrideAccess: true,
          data: { title: `Bài ghi trong lúc sao lưu ${written}`, _status: 'published' } as never,
        })
        written += 1
        if (!backupStarted) acknowledgedBefore.push(doc.id as number)
        if (written % 10 === 0)
          await payload.create({
            collection: 'media',
            overrideAccess: true,
            data: { alt: `Ảnh thêm ${written}` },
            filePath: IMAGE,
          })
      }
    })()
    while (written < 20) await new Promise((r) => setTimeout(r, 20))
    backupStarted = true
    const writtenAtStart = written
    const result = await run('backup', [])
    const writtenAtEnd = written
    writing = false
    await writer
    expect(result.code, result.stderr).toBe(0)
    // The writes went on while the backup ran.
    expect(writtenAtEnd).toBeGreaterThan(writtenAtStart)

    backupPath = backupPathOf(result.stdout)
    manifest = JSON.parse(fs.readFileSync(path.join(backupPath, 'manifest.json'), 'utf8'))
    expect(manifest).toMatchObject({ format: 1, engine: 'sqlite', release: { version: expect.any(String) } })
    // This database's schema was pushed (as in development): no migrations to name.
    expect(manifest.schema).toEqual({ migrations: [], latest: null })
    expect(manifest.counts.articles).toBeGreaterThanOrEqual(acknowledgedBefore.length)

    const target = path.join(ctx.dir, 'restored', 'portal.db')
    const targetMedia = path.join(ctx.dir, 'restored', 'media')
    const restored = await run('restore', [backupPath], {
      DATABASE_URI: `file:${target}`,
      MEDIA_DIR: targetMedia,
    })
    expect(restored.code, restored.stderr).toBe(0)

    const db = createClient({ url: `file:${target}` })
    try {
      expect((await db.execute('PRAGMA integrity_check')).rows[0]).toMatchObject({ integrity_check: 'ok' })
      const ids = new Set((await db.execute('SELECT id FROM articles')).rows.map((row) => Number(row.id)))
      for (const id of acknowledgedBefore) expect(ids.has(id), `article ${id}`).toBe(true)
      for (const [table, count] of Object.entries(manifest.counts)) {
        const n = Number((await db.execute(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n)
        expect(n, table).toBe(count)
      }
      // Every media row of the snapshot has its files, identical to the originals.
      const rows = (await db.execute('SELECT id, filename FROM media')).rows
      expect(rows.length).toBe(manifest.counts.media)
      for (const { filename } of mediaBefore) {
        const copy = path.join(targetMedia, filename)
        expect(await sha256File(copy)).toBe(await sha256File(path.join(env.MEDIA_DIR as string, filename)))
      }
      for (const entry of manifest.files) {
        const copy = path.join(targetMedia, entry.path.replace(/^uploads\/media\//, ''))
        expect(await sha256File(copy)).toBe(entry.sha256)
      }
    } finally {
      db.close()
    }
  }, 60_000)

  it('refuses to overwrite without --overwrite; with it, keeps what was there beside the restored copy', async () => {
    const target = path.join(ctx.dir, 'restored', 'portal.db')
    const extra = { DATABASE_URI: `file:${target}`, MEDIA_DIR: path.join(ctx.dir, 'restored', 'media') }
    const refused = await run('restore', [backupPath], extra)
    expect(refused.code).toBe(1)
    expect(refused.stderr.trim().split('\n')).toHaveLength(1)
    expect(refused.stderr).toMatch(/already hold data.*--overwrite/)

    const again = await run('restore', [backupPath, '--overwrite'], extra)
    expect(again.code, again.stderr).toBe(0)
    const kept = fs.readdirSync(path.dirname(target)).filter((name) => name.includes('.before-restore-'))
    expect(kept.some((name) => name.startsWith('portal.db.before-restore-'))).toBe(true)
    expect(kept.some((name) => name.startsWith('media.before-restore-'))).toBe(true)
  }, 60_000)

  it('refuses a damaged backup and says which file', async () => {
    const damaged = `${backupPath}-damaged`
    fs.cpSync(backupPath, damaged, { recursive: true })
    const file = path.join(damaged, manifest.files[0].path)
    fs.appendFileSync(file, 'x')
    const result = await run('restore', [damaged], { DATABASE_URI: `file:${path.join(ctx.dir, 'other.db')}` })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${manifest.files[0].path} does not match its checksum`)
    expect(fs.existsSync(path.join(ctx.dir, 'other.db'))).toBe(false)
    fs.rmSync(damaged, { recursive: true })
  }, 60_000)

  it('keeps the newest BACKUP_KEEP backups', async () => {
    for (let n = 0; n < 3; n += 1) expect((await run('backup', [], { BACKUP_KEEP: '2' })).code).toBe(0)
    const left = fs.readdirSync(env.BACKUP_DIR as string).filter((name) => name.startsWith('ntm-backup-'))
    expect(left).toHaveLength(2)
  }, 60_000)
})
