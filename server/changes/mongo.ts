import type { Db, ObjectId } from 'mongodb'

import { MONGO_COLLECTIONS } from '../../lib/db/rawSchema'
import { type ChangeLog, joinTags, splitTags } from './log'

type Row = { _id: ObjectId; tags: string; origin: string; createdAt: Date }

/** How far back each poll looks again, for rows whose clock ran behind (several machines). */
const OVERLAP_MS = 5_000

/**
 * The log on MongoDB: the cursor is a time; each poll reads rows created after it minus an
 * overlap and skips the ids it has seen. Compiles against MongoDB; never run here.
 */
export const mongoChangeLog = (db: Db): ChangeLog => {
  const rows = () => db.collection<Row>(MONGO_COLLECTIONS.contentChanges)
  const seen = new Map<string, number>()
  return {
    cursor: async () => String(Date.now()),
    append: async (changed, origin) => {
      const now = new Date()
      await rows().insertOne({
        tags: joinTags(changed),
        origin,
        createdAt: now,
        updatedAt: now,
      } as unknown as Row)
    },
    since: async (cursor) => {
      const from = new Date(Number(cursor) - OVERLAP_MS)
      const found = await rows()
        .find({ createdAt: { $gt: from } })
        .sort({ createdAt: 1 })
        .limit(1000)
        .toArray()
      const fresh = found.filter((row) => !seen.has(String(row._id)))
      for (const row of fresh) seen.set(String(row._id), row.createdAt.getTime())
      for (const [key, at] of seen) if (at < from.getTime()) seen.delete(key)
      const newest = found.reduce((max, row) => Math.max(max, row.createdAt.getTime()), Number(cursor))
      return {
        rows: fresh.map((row) => ({ tags: splitTags(row.tags), origin: row.origin })),
        cursor: String(newest),
        reset: false,
      }
    },
    prune: async (before) => {
      const newest = await rows().find().sort({ createdAt: -1 }).limit(1).next()
      await rows().deleteMany({ createdAt: { $lt: before }, ...(newest ? { _id: { $ne: newest._id } } : {}) })
    },
  }
}
