import { articleTags } from '../cacheTags'
import { documentPath } from '../routes'
import { cachedRead } from './cache'
import { payloadClient } from './payload'

const COLLECTIONS = ['articles', 'categories', 'communes', 'criteria', 'events'] as const

/** Paths of every public document, read as an anonymous reader: drafts never appear. */
export const publicDocumentPaths = cachedRead(
  'publicDocumentPaths',
  ['categories', 'communes', 'criteria', 'events'],
  async (): Promise<{ path: string; updatedAt: string }[]> => {
    const payload = await payloadClient()
    const lists = await Promise.all(
      COLLECTIONS.map(async (collection) => {
        const { docs } = await payload.find({
          collection,
          overrideAccess: false,
          depth: 0,
          pagination: false,
          select: { slug: true, updatedAt: true },
        })
        return docs.flatMap((doc) => {
          const path = documentPath(collection, doc.slug)
          return path ? [{ path, updatedAt: doc.updatedAt }] : []
        })
      }),
    )
    return lists.flat()
  },
  () => [articleTags.list],
)
