import { notFound } from 'next/navigation'

import { t } from '../lib/i18n'
import type { ArticlePage } from '../lib/queries/articles'
import { ArticleList } from './ArticleList'
import { Pagination } from './Pagination'

/** A paged list of articles: /tin-tuc and /chuyen-muc/[slug], page 1 and /trang/N. */
export const NewsListing = ({
  title,
  result,
  href,
}: {
  title: string
  result: ArticlePage
  href: (page: number) => string
}) => {
  if (result.page > 1 && !result.docs.length) notFound()
  return (
    <>
      <h1>{title}</h1>
      {result.docs.length ? (
        <ArticleList articles={result.docs} headingLevel={2} />
      ) : (
        <p>{t.site.noArticles}</p>
      )}
      <Pagination page={result.page} totalPages={result.totalPages} href={href} />
    </>
  )
}

export const PAGE_SIZE = 10

/** "/trang/2" → 2; anything else is not a page of the list. */
export const pageNumber = (value: string): number => {
  const page = Number(value)
  if (!Number.isInteger(page) || page < 2 || page > 10_000 || String(page) !== value) notFound()
  return page
}
