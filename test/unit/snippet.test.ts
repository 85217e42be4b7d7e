import { describe, expect, it } from 'vitest'

import { markWords, snippetHtml } from '../../lib/search/snippet'
import { parseSearchParams, searchQueryString } from '../../lib/search/params'
import { searchWords } from '../../lib/vi/search'

describe('search snippets (lib/search/snippet.ts)', () => {
  it('marks the words searched, with their own diacritics, as whole words only', () => {
    expect(markWords('Huyện Cao Lộc và xã Cao Lâu', searchWords('cao loc'))).toBe(
      'Huyện <mark>Cao</mark> <mark>Lộc</mark> và xã <mark>Cao</mark> Lâu',
    )
    expect(markWords('Đồng Đăng, Lộc Bình', searchWords('DONG DANG'))).toBe(
      '<mark>Đồng</mark> <mark>Đăng</mark>, Lộc Bình',
    )
    // "loc" inside "Lộcbình" is no word of its own.
    expect(markWords('Lộcbình', ['loc'])).toBe('Lộcbình')
  })

  it('escapes everything else: text stays text', () => {
    expect(markWords('<img src=x onerror=alert(1)> Cao Lộc & "x"', ['loc'])).toBe(
      '&lt;img src=x onerror=alert(1)&gt; Cao <mark>Lộc</mark> &amp; &quot;x&quot;',
    )
  })

  it('shows a passage around the first match, cut at words, with ellipses', () => {
    const text = `${'mở đầu '.repeat(60)}xã Cao Lộc đạt chuẩn ${'kết thúc '.repeat(60)}`.trim()
    const html = snippetHtml(text, ['cao', 'loc'], 120)
    expect(html.startsWith('… ')).toBe(true)
    expect(html.endsWith(' …')).toBe(true)
    expect(html).toContain('<mark>Cao</mark> <mark>Lộc</mark>')
    expect(html.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(126)
    expect(snippetHtml('Ngắn gọn.', ['khong'])).toBe('Ngắn gọn.')
  })
})

describe('search parameters (lib/search/params.ts)', () => {
  it('reads plain GET parameters, dropping values that mean nothing', () => {
    expect(
      parseSearchParams({ q: ' cao loc ', loai: 'articles', xa: 'cao-lau', nam: '2024', trang: '3' }),
    ).toEqual({
      q: 'cao loc',
      type: 'articles',
      commune: 'cao-lau',
      category: undefined,
      year: 2024,
      page: 3,
    })
    expect(parseSearchParams({ q: 'x', loai: 'users', xa: '<b>', nam: '20x4', trang: '-1' })).toEqual({
      q: 'x',
      type: undefined,
      commune: undefined,
      category: undefined,
      year: undefined,
      page: 1,
    })
    expect(parseSearchParams({ q: ['a', 'b'], trang: '100000' }).page).toBe(50)
  })

  it('writes them back, the first page and empty filters left out', () => {
    expect(searchQueryString({ q: 'cao lộc', year: 2024, page: 1 })).toBe('?q=cao+l%E1%BB%99c&nam=2024')
    expect(searchQueryString({ q: 'a', category: 'tin-tuc', page: 2 })).toBe(
      '?q=a&chuyen-muc=tin-tuc&trang=2',
    )
  })
})
