import { isSearchCollection } from './sources'
import type { SearchCollection } from './types'

/**
 * A search as its URL says it, with plain GET parameters so results can be shared and work
 * without JavaScript: `q`, `loai` (type), `xa` (commune slug), `chuyen-muc` (category slug),
 * `nam` (year), `trang` (page). Values that mean nothing are dropped, never an error page.
 */
export type SearchRequest = {
  q: string
  type?: SearchCollection
  commune?: string
  category?: string
  year?: number
  page: number
}

export const SEARCH_PARAMS = {
  q: 'q',
  type: 'loai',
  commune: 'xa',
  category: 'chuyen-muc',
  year: 'nam',
  page: 'trang',
} as const

/** Results per page. */
export const SEARCH_PAGE_SIZE = 10
/** No page beyond this: deeper paging is a crawler's, and each page costs more. */
export const SEARCH_MAX_PAGE = 50
/**
 * Matches are counted this far, then shown as "more than": past the deepest page a reader can
 * open, an exact count of a common word's matches costs a read of the whole index per search.
 */
export const SEARCH_COUNT_CAP = 1000

const first = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value)?.trim() ?? ''

const SLUG = /^[a-z0-9-]{1,120}$/

export const parseSearchParams = (params: Record<string, string | string[] | undefined>): SearchRequest => {
  const type = first(params[SEARCH_PARAMS.type])
  const commune = first(params[SEARCH_PARAMS.commune])
  const category = first(params[SEARCH_PARAMS.category])
  const year = Number(first(params[SEARCH_PARAMS.year]))
  const page = Number(first(params[SEARCH_PARAMS.page]) || 1)
  return {
    q: first(params[SEARCH_PARAMS.q]).slice(0, 200),
    type: isSearchCollection(type) ? type : undefined,
    commune: SLUG.test(commune) ? commune : undefined,
    category: SLUG.test(category) ? category : undefined,
    year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined,
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, SEARCH_MAX_PAGE) : 1,
  }
}

/** The query string of a search (empty values left out): the route builder's part. */
export const searchQueryString = (request: Partial<SearchRequest>): string => {
  const params = new URLSearchParams()
  for (const [key, name] of Object.entries(SEARCH_PARAMS) as [keyof SearchRequest, string][]) {
    const value = request[key]
    if (value !== undefined && value !== '' && !(key === 'page' && value === 1))
      params.set(name, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}
