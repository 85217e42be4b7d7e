import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'

import { CannotStart, preflight } from '../../server/preflight'

/**
 * What stops the server before Next loads (server/preflight.ts), on real SQLite files: a pending
 * migration that would lose data refuses a database in use without ALLOW_DESTRUCTIVE_MIGRATIONS,
 * and runs on a new one or with the flag. The release folder here is a copy of `migrations/`
 * with one more, unreviewed migration (an unlisted migration counts as destructive).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-preflight-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const release = path.join(dir, 'release')
fs.mkdirSync(path.join(release, 'migrations'), { recursive: true })
for (const file of fs.readdirSync('migrations'))
  fs.copyFileSync(path.join('migrations', file), path.join(release, 'migrations', file))
fs.writeFileSync(path.join(release, 'migrations', '20991231_000000_drop_old_things.ts'), '// unreviewed\n')

const env = (file: string, extra: Record<string, string> = {}) =>
  ({
    NODE_ENV: 'production',
    SERVER_URL: 'http://localhost:3000',
    DATABASE_URI: `file:${file}`,
    ...extra,
  }) as NodeJS.ProcessEnv

const databaseWith = async (name: string, applied: string[]) => {
  const file = path.join(dir, name)
  const db = createClient({ url: `file:${file}` })
  await db.execute('CREATE TABLE payload_migrations (id integer PRIMARY KEY, name text, batch integer)')
  for (const migration of applied)
    await db.execute({ sql: 'INSERT INTO payload_migrations (name, batch) VALUES (?, 1)', args: [migration] })
  db.close()
  return file
}

describe('preflight', () => {
  it('refuses a destructive pending migration over a database in use, in one line naming it and the flag', async () => {
    const file = await databaseWith('in-use.db', ['20261127_233648_initial'])
    const refused = preflight(env(file), release)
    await expect(refused).rejects.toBeInstanceOf(CannotStart)
    await expect(refused).rejects.toThrow(
      /^migration 20991231_000000_drop_old_things would drop or rewrite data \(not reviewed .*\): take a backup \(npm run backup\), then run it with ALLOW_DESTRUCTIVE_MIGRATIONS=1$/,
    )
  })

  it('lets it run with the flag, and on a new database', async () => {
    const file = await databaseWith('flagged.db', ['20261127_233648_initial'])
    const flagged = await preflight(env(file, { ALLOW_DESTRUCTIVE_MIGRATIONS: '1' }), release)
    await flagged.database.close()
    const fresh = await preflight(env(path.join(dir, 'new.db')), release)
    await fresh.database.close()
  })

  it('the current release over a current database starts', async () => {
    const file = await databaseWith(
      'current.db',
      fs
        .readdirSync('migrations')
        .filter((name) => /^\d{8}_\d{6}_\w+\.ts$/.test(name))
        .map((name) => name.replace(/\.ts$/, '')),
    )
    const current = await preflight(env(file), process.cwd())
    expect(current.config.database.engine).toBe('sqlite')
    await current.database.close()
  })
})
