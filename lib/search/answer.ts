import { documentPath } from '../routes'
import type { SiteScope } from '../sites/scope'
import { searchWords } from '../vi/search'
import { toNFC } from '../vi/text'
import { SEARCH_COUNT_CAP, SEARCH_PAGE_SIZE, type SearchRequest } from './params'
import { markWords, snippetHtml } from './snippet'
import type { SearchCollection, SearchIndex } from './types'

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

/** `total` matches, or more than `total` when `more` (counted up to SEARCH_COUNT_CAP). */
export type SearchAnswer = { total: number; more: boolean; page: number; pages: number; hits: SearchHit[] }

/** The ids a request's slugs name (resolved from the filter's own lists). */
export type SearchIds = { commune?: string; category?: string }

/**
 * Readers' search on an index (lib/search/): ranked by relevance with titles and summaries above
 * bodies and matches with the query's own diacritics boosted, filtered and paged, scoped to the
 * site searched (the province's search covers every site). The index holds only what anonymous
 * readers may see. The search page (app/…/tim-kiem) and the server layer (server/searchPage.ts)
 * both answer through this.
 */
export const searchIn = async (
  index: SearchIndex,
  request: SearchRequest,
  ids: SearchIds,
  scope: SiteScope,
): Promise<SearchAnswer> => {
  const words = searchWords(request.q)
  if (!words.length) return { total: 0, more: false, page: 1, pages: 0, hits: [] }
  const { total, more, matches } = await index.query({
    words,
    exact: toNFC(request.q).toLocaleLowerCase('vi'),
    collections: request.type ? [request.type] : undefined,
    commune: ids.commune,
    category: ids.category,
    year: request.year,
    sites: scope === 'all' ? 'all' : [String(scope)],
    offset: (request.page - 1) * SEARCH_PAGE_SIZE,
    limit: SEARCH_PAGE_SIZE,
    countUpTo: SEARCH_COUNT_CAP,
  })
  return {
    total,
    more,
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
