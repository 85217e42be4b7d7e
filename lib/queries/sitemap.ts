import { articleTags } from '../cacheTags'
import { documentPath } from '../routes'
import { SITE_SCOPED_COLLECTIONS } from '../sites/scoped'
import { cachedRead } from './cache'
import { payloadClient } from './payload'

const COLLECTIONS = ['articles', 'categories', 'communes', 'criteria', 'events'] as const

/**
 * Paths of one site's public documents, read as an anonymous reader (drafts never appear): its
 * own articles and events, and, for the province (`shared`), the shared registry's pages
 * (categories, communes, criteria), which every site shows alike.
 */
export const publicDocumentPaths = cachedRead(
  'publicDocumentPaths',
  ['categories', 'communes', 'criteria', 'events'],
  async (site: number | string, shared: boolean): Promise<{ path: string; updatedAt: string }[]> => {
    const payload = await payloadClient()
    const scopedToSite = (collection: string) =>
      (SITE_SCOPED_COLLECTIONS as readonly string[]).includes(collection)
    const lists = await Promise.all(
      COLLECTIONS.filter((collection) => shared || scopedToSite(collection)).map(async (collection) => {
        const { docs } = await payload.find({
          collection,
          overrideAccess: false,
          depth: 0,
          pagination: false,
          where: scopedToSite(collection) ? { tenant: { equals: site } } : {},
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
