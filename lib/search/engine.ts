import type { Db } from 'mongodb'
import type { Payload } from 'payload'

import { chooseDatabase } from '../db/choose'
import { entryOf, publicVersion, SEARCH_COLLECTIONS } from './sources'
import type { SearchIndex } from './types'

/**
 * This process's search index, on the engine DATABASE_URI names: one per process (each opens
 * its own connection; the index itself is shared by all through the database).
 */
const opened = new Map<Payload, Promise<SearchIndex>>()

export const searchIndexOf = (payload: Payload): Promise<SearchIndex> => {
  let index = opened.get(payload)
  if (!index) {
    index = openFor(payload)
    opened.set(payload, index)
  }
  return index
}

const openFor = async (payload: Payload): Promise<SearchIndex> => {
  const choice = chooseDatabase(process.env.DATABASE_URI)
  if (choice.engine === 'mongodb') {
    const connection = (payload.db as unknown as { connection: { db: Db } }).connection
    return openSearchIndexOn({ engine: 'mongodb', db: connection.db })
  }
  return openSearchIndexOn({ engine: 'sqlite', file: choice.file })
}

/**
 * The index of a database its caller has open: beside its SQLite file, or in its MongoDB database.
 * Payload's processes write it through the hooks; the server layer reads it (server/searchPage.ts).
 */
export const openSearchIndexOn = async (
  on: { engine: 'sqlite'; file: string } | { engine: 'mongodb'; db: Db },
): Promise<SearchIndex> => {
  if (on.engine === 'mongodb') return (await import('./mongo')).openMongoSearch(on.db)
  const { openSqliteSearch, searchFileOf } = await import('./sqlite')
  return openSqliteSearch(searchFileOf(on.file))
}

/** Closes this process's index (Payload's `destroy`, tests). */
export const closeSearchIndex = async (payload: Payload): Promise<void> => {
  const index = opened.get(payload)
  opened.delete(payload)
  await (await index)?.close()
}

/**
 * Rebuilds the index from the content: every public document of every searchable collection,
 * in pages, so memory does not grow with the content. `npm run search:rebuild`, and at start-up
 * when the index is empty but content exists (an upgrade, a restored backup).
 */
export const rebuildSearchIndex = async (payload: Payload): Promise<number> => {
  const index = await searchIndexOf(payload)
  await index.clear()
  let count = 0
  for (const collection of SEARCH_COLLECTIONS) {
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.find({
        collection,
        depth: 0,
        draft: false,
        overrideAccess: true,
        limit: 200,
        page,
        sort: 'id',
      })
      for (const doc of docs) {
        const entry = entryOf(collection, doc as never)
        if (entry) {
          await index.put(entry)
          count += 1
        }
      }
      if (!hasNextPage) break
    }
  }
  return count
}

/** At start-up: an empty index over existing content is rebuilt (before, search found nothing). */
export const ensureSearchIndex = async (payload: Payload): Promise<void> => {
  const index = await searchIndexOf(payload)
  if (!(await index.isEmpty())) return
  const { totalDocs } = await payload.count({ collection: 'articles', overrideAccess: true })
  if (totalDocs > 0) await rebuildSearchIndex(payload)
}

export { publicVersion }
