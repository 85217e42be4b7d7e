import Link from 'next/link'

import { fill, t } from '../lib/i18n'

/** Previous/next links with the position in words; plain links, so it works without JavaScript. */
export const Pagination = ({
  page,
  totalPages,
  href,
}: {
  page: number
  totalPages: number
  href: (page: number) => string
}) => {
  if (totalPages <= 1) return null
  return (
    <nav aria-label={t.news.pagination} className="pagination">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t.news.previous}
        </Link>
      ) : null}
      <span>{fill(t.news.pageOf, { n: page, m: totalPages })}</span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          {t.news.next}
        </Link>
      ) : null}
    </nav>
  )
}
