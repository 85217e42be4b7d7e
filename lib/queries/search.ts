import { documentPath } from '../routes'
import { searchIndexOf } from '../search/engine'
import { SEARCH_PAGE_SIZE, type SearchRequest } from '../search/params'
import { markWords, snippetHtml } from '../search/snippet'
import type { SearchCollection } from '../search/types'
import type { SiteScope } from '../sites/scope'
import { searchWords } from '../vi/search'
import { toNFC } from '../vi/text'
import { payloadClient } from './payload'

export type SearchHit = {
  collection: SearchCollection
  id: string
  /** The title with the query's words in <mark>, HTML-escaped (lib/search/snippet.ts). */
  titleHtml: string
  /** A passage where the words occur, marked the same way. */
  snippetHtml: string
  /** The document's path on its site, and that site (articles and events belong to one). */
  href: string
  site: string | null
  date: string | null
}

export type SearchAnswer = { total: number; page: number; pages: number; hits: SearchHit[] }

/** The ids a request's slugs name (the page resolves them from the cached lists). */
export type SearchIds = { commune?: string; category?: string }

/**
 * Readers' search: the search index (lib/search/), ranked by relevance with titles and summaries
 * above bodies and matches with the query's own diacritics boosted, filtered and paged, scoped to
 * the site searched (the province's search covers every site). The index holds only what
 * anonymous readers may see.
 */
export const search = async (
  request: SearchRequest,
  ids: SearchIds,
  scope: SiteScope,
): Promise<SearchAnswer> => {
  const words = searchWords(request.q)
  if (!words.length) return { total: 0, page: 1, pages: 0, hits: [] }
  const index = await searchIndexOf(await payloadClient())
  const { total, matches } = await index.query({
    words,
    exact: toNFC(request.q).toLocaleLowerCase('vi'),
    collections: request.type ? [request.type] : undefined,
    commune: ids.commune,
    category: ids.category,
    year: request.year,
    sites: scope === 'all' ? 'all' : [String(scope)],
    offset: (request.page - 1) * SEARCH_PAGE_SIZE,
    limit: SEARCH_PAGE_SIZE,
  })
  return {
    total,
    page: request.page,
    pages: Math.ceil(total / SEARCH_PAGE_SIZE),
    hits: matches.map(({ entry }) => ({
      collection: entry.collection,
      id: entry.id,
      titleHtml: markWords(entry.title, words),
      snippetHtml: snippetHtml([entry.summary, entry.body].filter(Boolean).join(' — '), words),
      href: documentPath(entry.collection, entry.slug) ?? '/',
      site: entry.site,
      date: entry.date,
    })),
  }
}

/** The years the year filter offers. */
export const searchYears = async (): Promise<number[]> => (await searchIndexOf(await payloadClient())).years()
