import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import { inject } from 'vitest'

import { type RunningServer, startServer, TEST_DIST_DIR } from '../../scripts/lib/server'
import {
  copyMongoDatabase,
  dropMongoDatabase,
  mongoDatabase,
  mongoDatabaseName,
  SQLITE_ONLY as SQLITE_ONLY_MESSAGE,
  TEST_ENGINE,
} from './engine'

/**
 * A database of this test file's own: a consistent copy (`VACUUM INTO`; on MongoDB, every
 * collection and index copied to a database of its own) of the suite's database
 * (seeded, with the staff accounts if made), so what a file writes or counts there neither
 * disturbs nor is disturbed by the files running in parallel.
 * Start production server processes on it with `start`; `stop` ends them and removes the copy.
 */
export const isolatedDatabase = async (label: string) => {
  const suiteEnv = inject('serverEnv')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ntm-${label}-`))
  const file = path.join(dir, 'portal.db')
  const mongo =
    TEST_ENGINE === 'mongodb'
      ? mongoDatabase(
          suiteEnv.DATABASE_URI,
          `${mongoDatabaseName(suiteEnv.DATABASE_URI)}_${path.basename(dir).replace(/\W/g, '_')}`,
        )
      : null
  if (mongo) await copyMongoDatabase(suiteEnv.DATABASE_URI, mongo)
  else {
    const source = createClient({ url: suiteEnv.DATABASE_URI })
    await source.execute(`VACUUM INTO '${file.replaceAll("'", "''")}'`)
    source.close()
  }
  // A build folder of its own too (without the build cache): Next writes the pages it
  // regenerates there, and pages of this database must not reach the suite's server.
  const distDir = `${TEST_DIST_DIR}-${path.basename(dir)}`
  const cache = path.resolve(TEST_DIST_DIR, 'cache')
  fs.cpSync(TEST_DIST_DIR, distDir, { recursive: true, filter: (from) => path.resolve(from) !== cache })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...suiteEnv,
    NEXT_DIST_DIR: distDir,
    DATABASE_URI: mongo ?? `file:${file}`,
    MEDIA_DIR: path.join(dir, 'media'),
  }
  // A public origin of its own: the first server's (scripts/lib/server.ts), shared by the later
  // ones as processes behind one proxy share it (they share the pages Next keeps, too).
  delete env.SERVER_URL
  let origin: string | undefined
  const servers: RunningServer[] = []
  let db: Client | undefined
  return {
    dir,
    file,
    env,
    logFile: path.join(dir, 'server.log'),
    /** A client on the copy, for reading what was stored (SQLite only: such files skip on MongoDB). */
    db: () => {
      if (mongo) throw new Error(`${label}: db() is a SQLite client; what ${SQLITE_ONLY_MESSAGE}`)
      return (db ??= createClient({ url: `file:${file}` }))
    },
    start: async (extraEnv: Record<string, string> = {}, wrapper: string[] = []) => {
      const server = await startServer(
        { ...env, ...(origin ? { SERVER_URL: origin } : {}), ...extraEnv },
        path.join(dir, 'server.log'),
        wrapper,
      )
      origin ??= `http://localhost:${new URL(server.url).port}`
      servers.push(server)
      return server
    },
    stop: async () => {
      await Promise.all(servers.map((server) => server.stop()))
      db?.close()
      // NTM_KEEP_TEST_DIR=1 keeps the copy and its servers' log for a look after a failure.
      if (process.env.NTM_KEEP_TEST_DIR) return console.log(`kept ${dir}`)
      if (mongo) await dropMongoDatabase(mongo)
      fs.rmSync(dir, { recursive: true, force: true })
      fs.rmSync(distDir, { recursive: true, force: true })
    },
  }
}

/** Runs `tasks` with at most `limit` in flight. */
export const pool = async <T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> => {
  const results: T[] = new Array(tasks.length)
  let next = 0
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const index = next++
        results[index] = await tasks[index]()
      }
    }),
  )
  return results
}

/**
 * A production server process of this test file's own on the suite's database, with settings of
 * its own (tiny limits, short timeouts). Its log goes to a temporary folder removed by `stop`.
 */
export const suiteServer = async (label: string, settings: Record<string, string>) => {
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), `ntm-${label}-`))
  const server = await startServer(
    { ...process.env, ...inject('serverEnv'), ...settings },
    path.join(logDir, 'server.log'),
  )
  return {
    server,
    stop: async () => {
      await server.stop()
      fs.rmSync(logDir, { recursive: true, force: true })
    },
  }
}
