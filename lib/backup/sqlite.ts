import { type Client, createClient } from '@libsql/client'

import { DEV_PUSH_NAME } from '../db/migrationNames'

const quote = (value: string) => `'${value.replaceAll("'", "''")}'`
const ident = (value: string) => `"${value.replaceAll('"', '""')}"`

const open = async (file: string): Promise<Client> => {
  const client = createClient({ url: `file:${file}` })
  // The server writes meanwhile: wait for its locks rather than fail.
  await client.execute('PRAGMA busy_timeout = 10000')
  return client
}

/**
 * A consistent copy of a live database: `VACUUM INTO` reads one transaction's view of it (every
 * write committed before it started, none after) while the server keeps writing, and writes a
 * compact file with no WAL beside it.
 */
export const snapshotSqlite = async (file: string, target: string): Promise<void> => {
  const client = await open(file)
  try {
    await client.execute(`VACUUM INTO ${quote(target)}`)
  } finally {
    client.close()
  }
}

/** Tables of the content (not SQLite's own, not the search index's FTS shadow tables). */
const tablesOf = async (client: Client): Promise<string[]> =>
  (
    await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
  ).rows.map((row) => String(row.name))

/** What a snapshot holds: rows per table, migrations applied, and each upload table's file names. */
export const describeSqlite = async (
  file: string,
  uploadTables: readonly string[],
): Promise<{ counts: Record<string, number>; migrations: string[]; uploads: Record<string, string[]> }> => {
  const client = await open(file)
  try {
    const tables = await tablesOf(client)
    const counts: Record<string, number> = {}
    for (const table of tables)
      counts[table] = Number((await client.execute(`SELECT count(*) AS n FROM ${ident(table)}`)).rows[0].n)
    const migrations = tables.includes('payload_migrations')
      ? (await client.execute('SELECT name FROM payload_migrations ORDER BY name')).rows
          .map((row) => String(row.name))
          .filter((name) => name !== DEV_PUSH_NAME)
      : []
    const uploads: Record<string, string[]> = {}
    for (const table of uploadTables.filter((name) => tables.includes(name))) {
      // Every column that names a file: `filename`, and each image size's `sizes_<size>_filename`.
      const columns = (await client.execute(`PRAGMA table_info(${ident(table)})`)).rows
        .map((row) => String(row.name))
        .filter((name) => name === 'filename' || /^sizes_\w+_filename$/.test(name))
      const names = new Set<string>()
      for (const column of columns)
        for (const row of (await client.execute(`SELECT ${ident(column)} AS f FROM ${ident(table)}`)).rows)
          if (row.f) names.add(String(row.f))
      uploads[table] = [...names].sort()
    }
    return { counts, migrations, uploads }
  } finally {
    client.close()
  }
}

/** `PRAGMA integrity_check`: 'ok', or what is wrong. */
export const integrityOf = async (file: string): Promise<string> => {
  const client = await open(file)
  try {
    const rows = (await client.execute('PRAGMA integrity_check')).rows
    return rows.map((row) => String(Object.values(row)[0])).join('; ')
  } finally {
    client.close()
  }
}
