import { articleTags } from '../cacheTags'
import { documentPath } from '../routes'
import { partRange, type SitemapCollection, type SitemapPart, partSize } from '../sitemaps/parts'
import { SITE_SCOPED_COLLECTIONS } from '../sites/scoped'
import { cachedRead } from './cache'
import { payloadClient } from './payload'

const COLLECTIONS: SitemapCollection[] = ['articles', 'events', 'categories', 'communes', 'criteria']

const scopedToSite = (collection: string) =>
  (SITE_SCOPED_COLLECTIONS as readonly string[]).includes(collection)

/** The collections a site's sitemap lists: its own articles and events; the province also the shared registry. */
export const sitemapCollections = (shared: boolean): SitemapCollection[] =>
  COLLECTIONS.filter((collection) => shared || scopedToSite(collection))

/**
 * The parts of a site's sitemap: for each collection, one per id range up to its highest id
 * (read by primary key). A range with no public document is an empty part, still valid.
 */
export const sitemapParts = cachedRead(
  'sitemapParts',
  ['categories', 'communes', 'criteria', 'events'],
  async (site: number | string, shared: boolean): Promise<SitemapPart[]> => {
    const payload = await payloadClient()
    const parts = await Promise.all(
      sitemapCollections(shared).map(async (collection) => {
        const { docs } = await payload.find({
          collection,
          overrideAccess: false,
          depth: 0,
          limit: 1,
          pagination: false,
          sort: '-id',
          where: scopedToSite(collection) ? { tenant: { equals: site } } : {},
          select: { slug: true },
        })
        const highest = Number(docs[0]?.id ?? -1)
        if (highest < 0) return []
        return Array.from({ length: Math.floor(highest / partSize()) + 1 }, (_, index) => ({
          collection,
          index,
        }))
      }),
    )
    return parts.flat()
  },
  () => [articleTags.list],
)

/**
 * One part's documents, read as an anonymous reader (drafts never appear): paths and last
 * changes of the collection's public documents with ids in the part's range, of the site (its
 * own collections) or shared.
 */
export const sitemapPartPaths = cachedRead(
  'sitemapPartPaths',
  ['categories', 'communes', 'criteria', 'events'],
  async (site: number | string, part: SitemapPart): Promise<{ path: string; updatedAt: string }[]> => {
    const payload = await payloadClient()
    const [from, to] = partRange(part.index)
    const range = { and: [{ id: { greater_than_equal: from } }, { id: { less_than: to } }] }
    const { docs } = await payload.find({
      collection: part.collection,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      sort: 'id',
      where: scopedToSite(part.collection) ? { and: [range, { tenant: { equals: site } }] } : range,
      select: { slug: true, updatedAt: true },
    })
    return docs.flatMap((doc) => {
      const path = documentPath(part.collection, doc.slug)
      return path ? [{ path, updatedAt: doc.updatedAt }] : []
    })
  },
  () => [articleTags.list],
)
