import { fill, t } from '../i18n'
import { escapeHtml } from './escape'

export type PaginationProps = {
  page: number
  totalPages: number
  href: (page: number) => string
}

/**
 * Inside the pagination's <nav>: previous/next links and the position in words, plain links so it
 * works without JavaScript. One definition for React's <Pagination> (components/Pagination.tsx)
 * and the search results the server layer writes (lib/search/resultsHtml.ts).
 */
export const paginationLinksHtml = ({ page, totalPages, href }: PaginationProps): string =>
  [
    page > 1 ? `<a href="${escapeHtml(href(page - 1))}" rel="prev">${escapeHtml(t.news.previous)}</a>` : '',
    `<span>${escapeHtml(fill(t.news.pageOf, { n: page, m: totalPages }))}</span>`,
    page < totalPages
      ? `<a href="${escapeHtml(href(page + 1))}" rel="next">${escapeHtml(t.news.next)}</a>`
      : '',
  ].join('')

export const PAGINATION_CLASS = 'pagination'

/** The whole <nav>, or nothing for a single page. */
export const paginationHtml = (props: PaginationProps): string =>
  props.totalPages <= 1
    ? ''
    : `<nav aria-label="${escapeHtml(t.news.pagination)}" class="${PAGINATION_CLASS}">${paginationLinksHtml(props)}</nav>`
