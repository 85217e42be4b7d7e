import { SearchFilters } from '@/components/SearchFilters'
import { t } from '@/lib/i18n'
import { sitePageMetadata } from '@/lib/metadata'
import { categories } from '@/lib/queries/globals'
import { communeNames } from '@/lib/queries/programme'
import { search, searchYears } from '@/lib/queries/search'
import { routes } from '@/lib/routes'
import { parseSearchParams } from '@/lib/search/params'
import { SEARCH_RESULTS_ID, searchResultsHtml } from '@/lib/search/resultsHtml'
import { type SiteParams, siteOf } from '@/lib/sites/registry'

export const generateMetadata = sitePageMetadata(
  { title: t.searchPage.title, path: routes.search() },
  { robots: { index: false } },
)

// Results depend on the query: rendered for each request (the site's other pages are static).
export const dynamic = 'force-dynamic'

type Props = SiteParams & { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * The search page: the index (lib/search/), filtered and paged by plain GET parameters. Without a
 * query it is the shell into which the server layer writes every anonymous reader's results
 * (server/searchPage.ts): the form, and an empty results element filled by the same
 * lib/search/resultsHtml.ts as here.
 */
const SearchPage = async ({ params, searchParams }: Props) => {
  const { scope, links } = await siteOf(params)
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
        communes={allCommunes.map((c) => ({ value: c.slug, label: c.name, id: String(c.id) }))}
        categories={allCategories.map((c) => ({ value: c.slug, label: c.name, id: String(c.id) }))}
        years={years}
      />
      <p className="meta">{t.searchPage.hint}</p>
      <div
        id={SEARCH_RESULTS_ID}
        dangerouslySetInnerHTML={{ __html: answer ? searchResultsHtml(answer, request, links) : '' }}
      />
    </>
  )
}

export default SearchPage
