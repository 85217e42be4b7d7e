import fs from 'node:fs'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import type { Db, MongoClient } from 'mongodb'

import type { DatabaseChoice } from '../lib/db/choose'

/**
 * The server layer's own connection to Payload's database (the layer runs outside Next's bundle,
 * where Payload lives): the shared rate limit, the content-change log and the health checks use
 * it. One small module per engine sits behind each of those interfaces.
 */
export type LayerDatabase =
  | { engine: 'sqlite'; client: Client; close: () => Promise<void> }
  | { engine: 'mongodb'; client: MongoClient; db: Db; close: () => Promise<void> }

/** A database the server cannot use: its message is the one line the start prints. */
export class DatabaseUnavailable extends Error {}

/** The first line of a driver's message, without a password the URI may hold. */
const firstLine = (error: unknown): string =>
  String((error as Error)?.message ?? error)
    .split('\n')[0]
    .replace(/\/\/[^@/]*@/g, '//…@')

/**
 * Opens it, or throws DatabaseUnavailable at once (SQLite) or after `connectTimeoutMs` (MongoDB
 * unreachable): a start that cannot reach its database stops instead of waiting for requests.
 */
export const openLayerDatabase = async (
  choice: DatabaseChoice,
  { connectTimeoutMs }: { connectTimeoutMs: number },
): Promise<LayerDatabase> => {
  if (choice.engine === 'mongodb') {
    const { MongoClient } = await import('mongodb')
    const client = new MongoClient(choice.url, {
      serverSelectionTimeoutMS: connectTimeoutMs,
      connectTimeoutMS: connectTimeoutMs,
    })
    try {
      await client.connect()
      await client.db().command({ ping: 1 })
    } catch (error) {
      await client.close().catch(() => {})
      throw new DatabaseUnavailable(
        `MongoDB did not answer within ${connectTimeoutMs / 1000} s: ${firstLine(error)}`,
      )
    }
    return { engine: 'mongodb', client, db: client.db(), close: () => client.close() }
  }
  // Payload's adapter makes the folder too; a new install's file is made on first open.
  try {
    fs.mkdirSync(path.dirname(choice.file), { recursive: true })
  } catch (error) {
    throw new DatabaseUnavailable(
      `cannot make the database folder ${path.dirname(choice.file)}: ${firstLine(error)}`,
    )
  }
  const client = createClient({ url: choice.url })
  try {
    // Several processes share the file: wait for a lock instead of failing.
    await client.execute('PRAGMA busy_timeout = 10000')
    await client.execute('PRAGMA journal_mode = WAL')
    // Reading the schema fails on a file that is not a SQLite database.
    await client.execute('SELECT count(*) FROM sqlite_master')
  } catch (error) {
    client.close()
    throw new DatabaseUnavailable(`cannot use the SQLite database ${choice.file}: ${firstLine(error)}`)
  }
  return {
    engine: 'sqlite',
    client,
    close: async () => client.close(),
  }
}
