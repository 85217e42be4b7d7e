import fs from 'node:fs/promises'

import type { Client } from '@libsql/client'

import { DEV_PUSH_NAME } from '../../lib/db/migrationNames'

/**
 * SQLite: the file must still be there (an open connection keeps reading a file removed or
 * replaced under it) and answer a read of the migrations applied.
 */
export const sqliteProbe = async (client: Client, file: string): Promise<string[]> => {
  await fs.access(file, fs.constants.R_OK | fs.constants.W_OK).catch(() => {
    throw new Error('the database file is missing or not readable and writable')
  })
  // A new database has no migrations table until Payload's first start.
  const table = await client.execute(
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'",
  )
  if (!table.rows.length) return []
  const result = await client.execute('SELECT name FROM payload_migrations')
  return result.rows.map((row) => String(row.name)).filter((name) => name !== DEV_PUSH_NAME)
}
