import { documentPath } from '../routes'
import { exactMatch, searchWords } from '../vi/search'
import { byVietnameseName } from '../vi/collate'
import { payloadClient } from './payload'
import { type RelationValue, relationId } from '../relations'
import { type SiteScope, scoped } from '../sites/scope'

export type SearchHit = {
  collection: 'articles' | 'communes' | 'criteria' | 'events'
  id: number | string
  title: string
  /** The document's path on its site, and that site (articles and events belong to one). */
  href: string
  site?: number | string | null
  summary?: string | null
  date?: string | null
  exact: boolean
}

const PER_COLLECTION = 30

/**
 * Diacritic- and case-insensitive search over what an anonymous reader may see: every word of
 * the folded query must occur in the document's folded text. Matches of the query as typed
 * (diacritics kept) rank first, then the newest.
 */
export const search = async (query: string, scope: SiteScope = 'all'): Promise<SearchHit[]> => {
  const words = searchWords(query)
  if (!words.length) return []
  const payload = await payloadClient()
  const where = { searchText: { like: words.join(' ') } }
  const common = { overrideAccess: false, depth: 0, limit: PER_COLLECTION, where } as const

  const [articles, communes, criteria, events] = await Promise.all([
    payload.find({
      collection: 'articles',
      ...common,
      where: scoped(scope, where),
      sort: '-publishedAt',
      select: { title: true, slug: true, summary: true, publishedAt: true, tenant: true },
    }),
    payload.find({ collection: 'communes', ...common, sort: 'name', select: { name: true, slug: true } }),
    payload.find({
      collection: 'criteria',
      ...common,
      sort: 'number',
      select: { name: true, slug: true, description: true },
    }),
    payload.find({
      collection: 'events',
      ...common,
      where: scoped(scope, where),
      sort: '-startsAt',
      select: { title: true, slug: true, description: true, startsAt: true, tenant: true },
    }),
  ])

  const hit = (
    collection: SearchHit['collection'],
    doc: { id: number | string; slug: string; tenant?: RelationValue },
    title: string,
    summary: string | null | undefined,
    date: string | null | undefined,
  ): SearchHit => ({
    collection,
    id: doc.id,
    title,
    href: documentPath(collection, doc.slug) ?? '/',
    site: relationId(doc.tenant) ?? null,
    summary,
    date,
    exact: exactMatch(query, title) || exactMatch(query, summary),
  })

  const hits = [
    ...articles.docs.map((d) => hit('articles', d, d.title, d.summary, d.publishedAt)),
    ...byVietnameseName(communes.docs).map((d) => hit('communes', d, d.name, null, null)),
    ...criteria.docs.map((d) => hit('criteria', d, d.name, d.description, null)),
    ...events.docs.map((d) => hit('events', d, d.title, d.description, d.startsAt)),
  ]
  // Stable sort: exact matches first, each group keeping its collection's own order.
  return hits.sort((a, b) => Number(b.exact) - Number(a.exact))
}
