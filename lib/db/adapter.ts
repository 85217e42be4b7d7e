import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../../migrations'
import { chooseDatabase } from './choose'
import { guardedMigrations } from './guardedMigrations'
import { queryLogger } from './queryLog'

/**
 * The database adapter for a DATABASE_URI: SQLite on a local file (embedded default) or MongoDB
 * (production, a replica set for transactions). In production the SQL schema comes only from
 * the committed migrations, applied when Payload starts; `push` is a development convenience.
 */
export const databaseAdapter = (uri: string | undefined = process.env.DATABASE_URI): DatabaseAdapterObj => {
  const choice = chooseDatabase(uri)
  if (choice.engine === 'mongodb') {
    return mongooseAdapter({ url: choice.url })
  }
  fs.mkdirSync(path.dirname(choice.file), { recursive: true })
  return sqliteAdapter({
    client: { url: choice.url },
    // Several processes (server, seed, jobs) share one file: wait for a lock instead of failing.
    busyTimeout: 10_000,
    wal: true,
    migrationDir: path.resolve(process.cwd(), 'migrations'),
    // A migration that would lose data needs a flag over a database in use (lib/db/migrationSafety.ts).
    prodMigrations: guardedMigrations(migrations),
    // Silent unless a test records the SQL (lib/db/queryLog.ts).
    logger: queryLogger,
  })
}
