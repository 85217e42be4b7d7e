import { MongoClient } from 'mongodb'

/**
 * The engine the integration and HTTP suites run on: SQLite on temporary files, or, when
 * TEST_DATABASE_URI names a MongoDB (a replica set: Payload's transactions need one), databases
 * of their own there, dropped afterwards. What reads SQLite itself skips on MongoDB, saying so.
 */
export const TEST_ENGINE: 'sqlite' | 'mongodb' = process.env.TEST_DATABASE_URI?.startsWith('mongodb')
  ? 'mongodb'
  : 'sqlite'

/** Why a file or test that needs SQLite itself does not run on MongoDB (vitest prints it). */
export const SQLITE_ONLY = 'reads or copies the SQLite file itself is skipped on MongoDB'

/** A MongoDB URI with its database replaced by `name` (query string kept). */
export const mongoDatabase = (uri: string, name: string): string => {
  const url = new URL(uri)
  url.pathname = `/${name}`
  return url.toString()
}

/** Runs `work` with a client on the MongoDB server of `uri`, closed afterwards. */
export const withMongo = async <T>(uri: string, work: (client: MongoClient) => Promise<T>): Promise<T> => {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 10_000 })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.close()
  }
}

/** The database a MongoDB URI names. */
export const mongoDatabaseName = (uri: string): string => new URL(uri).pathname.replace(/^\//, '')

/**
 * A copy of the MongoDB database of `from` as the database of `to` (the same server): every
 * collection's documents and indexes, as `VACUUM INTO` copies a SQLite file.
 */
export const copyMongoDatabase = (from: string, to: string): Promise<void> =>
  withMongo(from, async (client) => {
    const source = client.db(mongoDatabaseName(from))
    const target = client.db(mongoDatabaseName(to))
    for (const { name } of await source.listCollections({ type: 'collection' }).toArray()) {
      await source
        .collection(name)
        .aggregate([{ $match: {} }, { $out: { db: target.databaseName, coll: name } }])
        .toArray()
      // Each index as described (its key, name, uniqueness, filter …), without the server's own
      // bookkeeping (`v`, `ns`), which createIndexes refuses.
      const indexes = (await source.collection(name).indexes())
        .filter((index) => index.name !== '_id_')
        .map((index) => {
          const description: Record<string, unknown> = { ...index }
          delete description.v
          delete description.ns
          return description as { key: Record<string, 1 | -1>; name: string }
        })
      if (indexes.length) await target.collection(name).createIndexes(indexes)
    }
  })

/** Drops the MongoDB database `uri` names. */
export const dropMongoDatabase = (uri: string): Promise<void> =>
  withMongo(uri, async (client) => {
    await client.db(mongoDatabaseName(uri)).dropDatabase()
  })
