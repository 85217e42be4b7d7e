import { spawnSync } from 'node:child_process'

import { MongoClient } from 'mongodb'

import { DEV_PUSH_NAME } from '../db/migrationNames'

/**
 * MongoDB: the database through MongoDB's standard tools (`mongodump`, `mongorestore` from the
 * MongoDB Database Tools), which this machine does not have: never run here. Without them the
 * commands stop and say what to install.
 */
const tool = (name: 'mongodump' | 'mongorestore') => {
  const found = spawnSync(name, ['--version'], { stdio: 'ignore' })
  if (found.error || found.status !== 0)
    throw new Error(
      `${name} was not found: install the MongoDB Database Tools (Debian: the mongodb-database-tools package from MongoDB's repository), or back up with your MongoDB host's snapshots`,
    )
  return name
}

const run = (name: 'mongodump' | 'mongorestore', args: string[]) => {
  const result = spawnSync(tool(name), args, { stdio: ['ignore', 'inherit', 'inherit'] })
  if (result.status !== 0) throw new Error(`${name} failed (exit ${result.status ?? result.signal})`)
}

/** `--oplog` needs a whole replica set's dump; a database's is consistent per collection. */
export const dumpMongo = (uri: string, archive: string): void =>
  run('mongodump', [`--uri=${uri}`, `--archive=${archive}`, '--gzip'])

export const restoreMongo = (uri: string, archive: string): void =>
  run('mongorestore', [`--uri=${uri}`, `--archive=${archive}`, '--gzip', '--drop'])

export const describeMongo = async (
  uri: string,
  uploadCollections: readonly string[],
): Promise<{ counts: Record<string, number>; migrations: string[]; uploads: Record<string, string[]> }> => {
  const client = await new MongoClient(uri, { serverSelectionTimeoutMS: 5000 }).connect()
  try {
    const db = client.db()
    const counts: Record<string, number> = {}
    for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray())
      counts[name] = await db.collection(name).countDocuments()
    const migrations = (await db.collection<{ name: string }>('payload-migrations').find().toArray())
      .map((row) => row.name)
      .filter((name) => name !== DEV_PUSH_NAME)
      .sort()
    const uploads: Record<string, string[]> = {}
    for (const collection of uploadCollections) {
      const names = new Set<string>()
      for await (const doc of db.collection(collection).find({}, { projection: { filename: 1, sizes: 1 } })) {
        if (doc.filename) names.add(String(doc.filename))
        for (const size of Object.values((doc.sizes ?? {}) as Record<string, { filename?: string }>))
          if (size?.filename) names.add(size.filename)
      }
      uploads[collection] = [...names].sort()
    }
    return { counts, migrations, uploads }
  } finally {
    await client.close()
  }
}
