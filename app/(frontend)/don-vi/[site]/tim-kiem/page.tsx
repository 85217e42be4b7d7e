import Link from 'next/link'

import { SearchForm } from '@/components/SearchForm'
import { fill, t } from '@/lib/i18n'
import { sitePageMetadata } from '@/lib/metadata'
import { search } from '@/lib/queries/search'
import { routes } from '@/lib/routes'
import { formatDate } from '@/lib/vi/format'
import { hereOn, type SiteParams, siteOf } from '@/lib/sites/registry'

export const generateMetadata = sitePageMetadata(
  { title: t.searchPage.title, path: routes.search() },
  { robots: { index: false } },
)

// Results depend on the query: rendered for each request (the site's other pages are static).
export const dynamic = 'force-dynamic'

type Props = SiteParams & { searchParams: Promise<{ q?: string | string[] }> }

/** The one dynamic page: results depend on the query. Reads go through the public access rules. */
const SearchPage = async ({ params, searchParams }: Props) => {
  const { scope } = await siteOf(params)
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200).trim() ?? ''
  const hits = query ? await search(query, scope) : []
  return (
    <>
      <h1>{t.searchPage.title}</h1>
      <SearchForm query={query} />
      <p className="meta">{t.searchPage.hint}</p>
      {query ? (
        <section aria-labelledby="ket-qua">
          <h2 id="ket-qua" aria-live="polite">
            {hits.length
              ? fill(t.searchPage.results, { n: hits.length, q: query })
              : fill(t.searchPage.none, { q: query })}
          </h2>
          <ol className="search-results">
            {hits.map((hit) => (
              <li key={`${hit.collection}-${hit.id}`}>
                <p className="meta">
                  {t.searchPage.kinds[hit.collection]}
                  {hit.date ? ` · ${formatDate(hit.date)}` : null}
                </p>
                <Link href={hereOn(hit.site, hit.href)}>{hit.title}</Link>
                {hit.summary ? <p>{hit.summary}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  )
}

export default SearchPage
