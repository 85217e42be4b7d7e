import { escapeHtml } from '../html/escape'
import { paginationHtml } from '../html/pagination'
import { fill, t } from '../i18n'
import { routes } from '../routes'
import type { SiteLinker } from '../sites/directory'
import { formatDate, formatInteger } from '../vi/format'
import type { SearchAnswer } from './answer'
import { SEARCH_MAX_PAGE, SEARCH_PAGE_SIZE, type SearchRequest, searchQueryString } from './params'

/** The element the results go in: empty on the page without a query (the server layer's shell). */
export const SEARCH_RESULTS_ID = 'ket-qua-tim-kiem'

/**
 * The search page's results as HTML: the count, the ranked list (titles and passages with the
 * words in <mark>, already escaped by lib/search/snippet.ts) and the pages. One definition for
 * the page React renders (app/…/tim-kiem/page.tsx) and the answer the server layer writes into
 * that page's shell for every other query (server/searchPage.ts).
 */
export const searchResultsHtml = (
  answer: SearchAnswer,
  request: SearchRequest,
  links: Pick<SiteLinker, 'here' | 'on'>,
): string => {
  const heading = answer.total
    ? fill(answer.more ? t.searchPage.resultsMore : t.searchPage.results, {
        n: formatInteger(answer.total),
        q: request.q,
      })
    : fill(t.searchPage.none, { q: request.q })
  const items = answer.hits.map((hit) => {
    const meta = `${t.searchPage.kinds[hit.collection]}${hit.date ? ` · ${formatDate(hit.date)}` : ''}`
    const passage = hit.snippetHtml ? `<p>${hit.snippetHtml}</p>` : ''
    return `<li><p class="meta">${escapeHtml(meta)}</p><a href="${escapeHtml(links.on(hit.site, hit.href))}">${hit.titleHtml}</a>${passage}</li>`
  })
  const pages = paginationHtml({
    page: answer.page,
    totalPages: Math.min(answer.pages, SEARCH_MAX_PAGE),
    href: (page) => links.here(`${routes.search()}${searchQueryString({ ...request, page })}`),
  })
  return (
    `<section aria-labelledby="ket-qua"><h2 id="ket-qua" aria-live="polite">${escapeHtml(heading)}</h2>` +
    `<ol class="search-results" start="${(answer.page - 1) * SEARCH_PAGE_SIZE + 1}">${items.join('')}</ol>${pages}</section>`
  )
}
