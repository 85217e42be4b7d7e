import type { Client } from '@libsql/client'
import { drizzle } from 'drizzle-orm/libsql'
import { customType, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { RateLimiterDrizzle } from 'rate-limiter-flexible'

import { RAW_SCHEMA } from '../../lib/db/rawSchema'

/** Payload stores dates as ISO text; ISO text sorts as time does, so comparisons hold. */
const isoDate = customType<{ data: Date; driverData: string }>({
  dataType: () => 'text',
  toDriver: (value) => value.toISOString(),
  fromDriver: (value) => new Date(value),
})

const [key, points, expire] = RAW_SCHEMA.rateLimits.columns
const rateLimits = sqliteTable(RAW_SCHEMA.rateLimits.table, {
  key: text(key).notNull().unique(),
  points: integer(points).notNull(),
  expire: isoDate(expire),
})

export const sqliteLimiterFactory = (client: Client, windowSeconds: number) => {
  const db = drizzle(client)
  return (limit: number) =>
    new RateLimiterDrizzle({
      storeClient: db,
      schema: rateLimits,
      keyPrefix: `api${limit}`,
      points: limit,
      duration: windowSeconds,
      inMemoryBlockOnConsumed: limit + 1,
    })
}
