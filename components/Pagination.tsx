import { t } from '../lib/i18n'
import { PAGINATION_CLASS, paginationLinksHtml, type PaginationProps } from '../lib/html/pagination'

/**
 * Previous/next links with the position in words; plain links, so it works without JavaScript.
 * The links are lib/html/pagination.ts's, which the server layer's search results use too.
 */
export const Pagination = (props: PaginationProps) => {
  if (props.totalPages <= 1) return null
  return (
    <nav
      aria-label={t.news.pagination}
      className={PAGINATION_CLASS}
      dangerouslySetInnerHTML={{ __html: paginationLinksHtml(props) }}
    />
  )
}
