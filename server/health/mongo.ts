import type { Db } from 'mongodb'

import { DEV_PUSH_NAME } from '../../lib/db/migrationNames'

/** MongoDB: a ping, then the migrations applied (Payload's `payload-migrations` collection). */
export const mongoProbe = async (db: Db): Promise<string[]> => {
  await db.command({ ping: 1 })
  const rows = await db
    .collection<{ name: string }>('payload-migrations')
    .find({}, { projection: { name: 1 } })
    .toArray()
  return rows.map((row) => row.name).filter((name) => name !== DEV_PUSH_NAME)
}
