import { createClient } from '@libsql/client'
import { describe, expect, inject, it } from 'vitest'

import { RAW_SCHEMA } from '../../lib/db/rawSchema'
import { TEST_ENGINE } from '../helpers/engine'

/**
 * The tables and columns that raw SQL names (lib/db/rawSchema.ts) exist in the schema the
 * committed migrations make: the suite's database was built by them, as production's is.
 */
describe.skipIf(TEST_ENGINE === 'mongodb')('the raw SQL schema names', () => {
  it.each(Object.entries(RAW_SCHEMA))('%s matches the migrated schema', async (_, { table, columns }) => {
    const db = createClient({ url: inject('serverEnv').DATABASE_URI })
    try {
      const { rows } = await db.execute({ sql: 'SELECT name FROM pragma_table_info(?)', args: [table] })
      const present = new Set(rows.map((row) => String(row.name)))
      expect(present.size, `table ${table}`).toBeGreaterThan(0)
      for (const column of columns) expect(present.has(column), `${table}.${column}`).toBe(true)
    } finally {
      db.close()
    }
  })
})
