import { type Client, createClient } from '@libsql/client'
import type { Db, MongoClient } from 'mongodb'

import { chooseDatabase } from '../lib/db/choose'

/**
 * The server layer's own connection to Payload's database (the layer runs outside Next's bundle,
 * where Payload lives): the shared rate limit and the content-change log use it. One small
 * module per engine sits behind each of those two interfaces.
 */
export type LayerDatabase =
  | { engine: 'sqlite'; client: Client; close: () => Promise<void> }
  | { engine: 'mongodb'; client: MongoClient; db: Db; close: () => Promise<void> }

export const openLayerDatabase = async (uri: string | undefined): Promise<LayerDatabase> => {
  const choice = chooseDatabase(uri)
  if (choice.engine === 'mongodb') {
    const { MongoClient } = await import('mongodb')
    const client = new MongoClient(choice.url, { serverSelectionTimeoutMS: 10_000 })
    await client.connect()
    return { engine: 'mongodb', client, db: client.db(), close: () => client.close() }
  }
  const client = createClient({ url: choice.url })
  // Several processes share the file: wait for a lock instead of failing.
  await client.execute('PRAGMA busy_timeout = 10000')
  await client.execute('PRAGMA journal_mode = WAL')
  return {
    engine: 'sqlite',
    client,
    close: async () => client.close(),
  }
}
