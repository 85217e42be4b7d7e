import Link from 'next/link'

import { Pagination } from '@/components/Pagination'
import { SearchFilters } from '@/components/SearchFilters'
import { fill, t } from '@/lib/i18n'
import { sitePageMetadata } from '@/lib/metadata'
import { categories } from '@/lib/queries/globals'
import { communeNames } from '@/lib/queries/programme'
import { search, searchYears } from '@/lib/queries/search'
import { routes } from '@/lib/routes'
import {
  parseSearchParams,
  SEARCH_MAX_PAGE,
  SEARCH_PAGE_SIZE,
  type SearchRequest,
  searchQueryString,
} from '@/lib/search/params'
import { here, hereOn, type SiteParams, siteOf } from '@/lib/sites/registry'
import { formatDate, formatInteger } from '@/lib/vi/format'

export const generateMetadata = sitePageMetadata(
  { title: t.searchPage.title, path: routes.search() },
  { robots: { index: false } },
)

// Results depend on the query: rendered for each request (the site's other pages are static).
export const dynamic = 'force-dynamic'

type Props = SiteParams & { searchParams: Promise<Record<string, string | string[] | undefined>> }

const hrefOf = (request: SearchRequest, page: number) =>
  here(`${routes.search()}${searchQueryString({ ...request, page })}`)

/** The search page: the index (lib/search/), filtered and paged by plain GET parameters. */
const SearchPage = async ({ params, searchParams }: Props) => {
  const { scope } = await siteOf(params)
  const request = parseSearchParams(await searchParams)
  const [allCommunes, allCategories, years] = await Promise.all([communeNames(), categories(), searchYears()])
  const commune = allCommunes.find((c) => c.slug === request.commune)
  const category = allCategories.find((c) => c.slug === request.category)
  const answer = request.q
    ? await search(
        request,
        { commune: commune && String(commune.id), category: category && String(category.id) },
        scope,
      )
    : null
  return (
    <>
      <h1>{t.searchPage.title}</h1>
      <SearchFilters
        request={request}
        communes={allCommunes.map((c) => ({ value: c.slug, label: c.name }))}
        categories={allCategories.map((c) => ({ value: c.slug, label: c.name }))}
        years={years}
      />
      <p className="meta">{t.searchPage.hint}</p>
      {answer ? (
        <section aria-labelledby="ket-qua">
          <h2 id="ket-qua" aria-live="polite">
            {answer.total
              ? fill(t.searchPage.results, { n: formatInteger(answer.total), q: request.q })
              : fill(t.searchPage.none, { q: request.q })}
          </h2>
          <ol className="search-results" start={(answer.page - 1) * SEARCH_PAGE_SIZE + 1}>
            {answer.hits.map((hit) => (
              <li key={`${hit.collection}-${hit.id}`}>
                <p className="meta">
                  {t.searchPage.kinds[hit.collection]}
                  {hit.date ? ` · ${formatDate(hit.date)}` : null}
                </p>
                {/* Escaped text with <mark> around the words searched (lib/search/snippet.ts). */}
                <Link href={hereOn(hit.site, hit.href)} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
                {hit.snippetHtml ? <p dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} /> : null}
              </li>
            ))}
          </ol>
          <Pagination
            page={answer.page}
            totalPages={Math.min(answer.pages, SEARCH_MAX_PAGE)}
            href={(page) => hrefOf(request, page)}
          />
        </section>
      ) : null}
    </>
  )
}

export default SearchPage
