import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { searchIndexOf } from '../lib/search/engine'
import { appendHooks } from './appendHooks'
import { entryOf, isSearchCollection, publicVersion } from '../lib/search/sources'
import type { SearchCollection } from '../lib/search/types'

/**
 * Keeps the search index in step with every publish, unpublish, edit and delete: after a change
 * the document's public version (read inside the same transaction) is indexed, or its entry
 * removed when readers may not see it. A failure to index never fails the save: it is logged,
 * and `npm run search:rebuild` puts the index right.
 */
const afterChange =
  (collection: SearchCollection): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    try {
      const index = await searchIndexOf(req.payload)
      const published = await publicVersion(req.payload, collection, doc.id, req)
      const entry = published ? entryOf(collection, published) : null
      if (entry) await index.put(entry)
      else await index.remove(collection, String(doc.id))
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `search index: ${collection} ${doc.id} not indexed` })
    }
    return doc
  }

const afterDelete =
  (collection: SearchCollection): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    try {
      await (await searchIndexOf(req.payload)).remove(collection, String(id))
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `search index: ${collection} ${id} not removed` })
    }
  }

/** A searchable collection with the hooks that keep its entries current. */
export const withSearchIndex = (collection: CollectionConfig): CollectionConfig => {
  const slug = collection.slug
  if (!isSearchCollection(slug)) throw new Error(`${slug} is not in lib/search/sources.ts`)
  return appendHooks(collection, { afterChange: [afterChange(slug)], afterDelete: [afterDelete(slug)] })
}
