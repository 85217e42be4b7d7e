import type { Client } from '@libsql/client'

import { RAW_SCHEMA } from '../../lib/db/rawSchema'
import { type ChangeLog, joinTags, splitTags } from './log'

const { table } = RAW_SCHEMA.contentChanges
const [id, tags, origin, createdAt] = RAW_SCHEMA.contentChanges.columns

/** The log on SQLite: the cursor is the last row id seen (ids only grow while the newest row is kept). */
export const sqliteChangeLog = (client: Client): ChangeLog => ({
  cursor: async () => {
    const { rows } = await client.execute(`SELECT coalesce(max(${id}), 0) AS last FROM ${table}`)
    return String(rows[0].last)
  },
  append: async (changed, from) => {
    await client.execute({
      sql: `INSERT INTO ${table} (${tags}, ${origin}) VALUES (?, ?)`,
      args: [joinTags(changed), from],
    })
  },
  since: async (cursor) => {
    const after = Number(cursor)
    const { rows } = await client.execute({
      sql: `SELECT ${id} AS id, ${tags} AS tags, ${origin} AS origin FROM ${table} WHERE ${id} > ? ORDER BY ${id} LIMIT 1000`,
      args: [after],
    })
    if (rows.length) {
      return {
        rows: rows.map((row) => ({ tags: splitTags(String(row.tags)), origin: String(row.origin) })),
        cursor: String(rows[rows.length - 1].id),
        reset: false,
      }
    }
    if (after === 0) return { rows: [], cursor, reset: false }
    const { rows: last } = await client.execute(`SELECT coalesce(max(${id}), 0) AS last FROM ${table}`)
    const newest = Number(last[0].last)
    return newest < after
      ? { rows: [], cursor: String(newest), reset: true }
      : { rows: [], cursor, reset: false }
  },
  prune: async (before) => {
    await client.execute({
      sql: `DELETE FROM ${table} WHERE ${createdAt} < ? AND ${id} < (SELECT max(${id}) FROM ${table})`,
      args: [before.toISOString()],
    })
  },
})
