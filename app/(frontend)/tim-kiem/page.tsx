import Link from 'next/link'

import { SearchForm } from '@/components/SearchForm'
import { fill, t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { search } from '@/lib/queries/search'
import { routes } from '@/lib/routes'
import { formatDate } from '@/lib/vi/format'

export const metadata = {
  ...pageMetadata({ title: t.searchPage.title, path: routes.search() }),
  robots: { index: false },
}

type Props = { searchParams: Promise<{ q?: string | string[] }> }

/** The one dynamic page: results depend on the query. Reads go through the public access rules. */
const SearchPage = async ({ searchParams }: Props) => {
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200).trim() ?? ''
  const hits = query ? await search(query) : []
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
                <Link href={hit.href}>{hit.title}</Link>
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
