import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { Pagination } from '../../components/Pagination'
import { paginationHtml } from '../../lib/html/pagination'
import { parseSearchParams } from '../../lib/search/params'
import { fillShell, planShell } from '../../server/searchPage'

/**
 * The server layer's search answers (server/searchPage.ts) from the page's shell: the form set to
 * the request as React sets it, the results written into their element; and the pagination the
 * results carry is the one React's <Pagination> renders.
 */
const SHELL =
  '<main><form><input id="q" name="q" type="search" value="" autocomplete="off"/>' +
  ['loai', 'xa', 'chuyen-muc', 'nam']
    .map(
      (name) =>
        `<select id="${name}" name="${name}"><option value="" selected="">Tất cả</option>` +
        `<option value="${name}-1" data-id="11">Một</option><option value="${name}-2" data-id="12">Hai &amp; ba</option></select>`,
    )
    .join('') +
  '</form><div id="ket-qua-tim-kiem"></div></main>'

describe('the search shell', () => {
  it('finds the words, every filter and the results element, or refuses another page', () => {
    expect(planShell(SHELL, {})).not.toBeNull()
    expect(planShell('<main><form><input name="q" value=""/></form></main>', {})).toBeNull()
  })

  it('sets the words and the filters chosen, and writes the results in', () => {
    const plan = planShell(SHELL, {})!
    const request = parseSearchParams({ q: 'a "b" <c> & \'d\'', xa: 'xa-2', nam: 'nam-1' })
    const html = fillShell(plan, request, '<p>KQ</p>')
    expect(html).toContain('value="a &quot;b&quot; &lt;c&gt; &amp; &#x27;d&#x27;"')
    expect(html).toContain('<select id="xa" name="xa"><option value="">Tất cả</option>')
    expect(html).toContain('<option value="xa-2" data-id="12" selected="">')
    // A year that is not a number is dropped by the parser: "any" stays chosen.
    expect(html).toContain('<select id="nam" name="nam"><option value="" selected="">')
    expect(html).toContain('<select id="loai" name="loai"><option value="" selected="">')
    expect(html).toContain('<div id="ket-qua-tim-kiem"><p>KQ</p></div>')
    // Nothing else moved.
    expect(
      html
        .replace(/ selected=""/g, '')
        .replace(/value="[^"]*"/, '')
        .replace('<p>KQ</p>', ''),
    ).toBe(SHELL.replace(/ selected=""/g, '').replace(/value="[^"]*"/, ''))
  })

  it('unselects "any" for a value the form does not offer, as React does', () => {
    const html = fillShell(planShell(SHELL, {})!, parseSearchParams({ q: 'x', 'chuyen-muc': 'khong-co' }), '')
    expect(html).toContain('<select id="chuyen-muc" name="chuyen-muc"><option value="">Tất cả</option>')
    expect(html.match(/selected=""/g)).toHaveLength(3)
  })
})

describe('pagination', () => {
  it('is written as React renders <Pagination>', () => {
    for (const [page, totalPages] of [
      [1, 1],
      [1, 5],
      [3, 5],
      [5, 5],
    ]) {
      const href = (n: number) => `/tim-kiem?q=a&b=%22c%22&trang=${n}`
      expect(paginationHtml({ page, totalPages, href })).toBe(
        renderToStaticMarkup(createElement(Pagination, { page, totalPages, href })),
      )
    }
  })
})
