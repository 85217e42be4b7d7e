import { describe, expect, it } from 'vitest'

import { ensureStaff, request } from '../helpers/http'

/**
 * The search page against the production server and the demo content: the index answers,
 * words are marked, filters and pages are plain links, and no parameter makes a 5xx.
 */
const resultsOf = (html: string) => html.slice(html.indexOf('id="ket-qua"'))

describe('the search page', () => {
  it('finds with or without diacritics, counts, and marks the words found', async () => {
    for (const q of ['cao loc', 'Cao Lộc', 'CAO LỘC']) {
      const { status, text } = await request(`/tim-kiem?q=${encodeURIComponent(q)}`)
      expect(status).toBe(200)
      expect(resultsOf(text)).toMatch(/\d+ kết quả cho/)
      expect(resultsOf(text)).toContain('<mark>Cao</mark> <mark>Lộc</mark>')
    }
  })

  it('filters by type, commune, category and year through GET parameters, each narrowing the count', async () => {
    const count = async (query: string) => {
      const text = resultsOf((await request(`/tim-kiem?${query}`)).text)
      const match = text.match(/([\d.]+) kết quả cho/)
      return match ? Number(match[1].replace(/\./g, '')) : 0
    }
    const all = await count('q=nong+thon+moi')
    expect(all).toBeGreaterThan(3)
    const articles = await count('q=nong+thon+moi&loai=articles')
    const events = await count('q=nong+thon+moi&loai=events')
    expect(articles).toBeGreaterThan(0)
    expect(events).toBeGreaterThan(0)
    expect(articles + events).toBeLessThanOrEqual(all)
    expect(await count('q=nong+thon+moi&xa=cao-lau')).toBeLessThan(all)
    expect(await count('q=nong+thon+moi&chuyen-muc=tin-tuc-su-kien')).toBeLessThanOrEqual(articles)
    expect(await count('q=nong+thon+moi&nam=1999')).toBe(0)
    // The form shows the filters chosen.
    const page = (await request('/tim-kiem?q=nong+thon+moi&loai=events')).text
    expect(page).toMatch(/<option value="events" selected="">/)
  })

  it('pages the results with plain links that keep the filters', async () => {
    const { text } = await request('/tim-kiem?q=xa&loai=communes')
    expect(text).toMatch(/href="\/tim-kiem\?q=xa&amp;loai=communes&amp;trang=2"/)
    const second = await request('/tim-kiem?q=xa&loai=communes&trang=2')
    expect(second.status).toBe(200)
    expect(second.text).toMatch(/<ol class="search-results" start="11">/)
  })

  it('answers a repeated identical search from memory, and never a stale one after a change', async () => {
    const path = `/tim-kiem?q=${encodeURIComponent('Tin nhớ tìm kiếm')}&r=${Date.now()}`
    // Kept when asked for a second time (a single search is never kept: server/pipeline.ts).
    expect((await request(path)).headers.get('x-ntm-cache')).not.toBe('HIT')
    expect((await request(path)).headers.get('x-ntm-cache')).not.toBe('HIT')
    const again = await request(path)
    expect(again.headers.get('x-ntm-cache')).toBe('HIT')
    expect(again.headers.get('cache-control') ?? '').not.toContain('public')
    const tokens = await ensureStaff()
    const title = `Tin nhớ tìm kiếm ${Date.now()}`
    const created = await request('/api/articles', {
      method: 'POST',
      token: tokens.editor,
      json: { title, _status: 'published' },
    })
    expect(created.status).toBe(201)
    const after = await request(path)
    expect(after.text).toContain(`/tin-tuc/${created.body.doc.slug}`)
  })

  it('answers readers itself, byte for byte as the page renders the same search', async () => {
    const queries = [
      'q=cao+loc',
      'q=C%C3%A0o+L%E1%BB%99c&loai=articles',
      'q=nong+thon+moi&loai=articles&trang=2',
      'q=xa&loai=communes&trang=3',
      'q=nong+thon+moi&xa=cao-lau&nam=2024',
      'q=nong+thon&chuyen-muc=tin-tuc-su-kien',
      'q=%3Cb%3E%22x%27%26+nong',
      'q=zzz+khong+co+dau',
      'q=nong&xa=khong-co-xa&nam=1999',
      'q=nong&trang=999',
    ]
    for (const [n, query] of queries.entries()) {
      const path = `/tim-kiem?${query}&lan=same-${Date.now()}-${n}`
      const reader = await request(path)
      // Any cookie but the admin's language makes a request not anonymous: Next renders it.
      const page = await request(path, { headers: { cookie: 'ntm-test=1' } })
      expect(reader.headers.get('x-ntm-answered-by')).toBe('search')
      expect(page.headers.get('x-ntm-answered-by')).toBeNull()
      expect([reader.status, page.status]).toEqual([200, 200])
      expect(reader.headers.get('content-type')).toBe(page.headers.get('content-type'))
      expect(reader.text).toBe(page.text)
    }
  })

  it('writes the words into the form escaped, and never a tag from them', async () => {
    const { text, headers } = await request(
      `/tim-kiem?q=${encodeURIComponent('"><script>alert(1)</script>')}`,
    )
    expect(headers.get('x-ntm-answered-by')).toBe('search')
    expect(text).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"')
    expect(text).not.toContain('<script>alert')
  })

  it.each([
    'q=',
    'q=%3Cscript%3E',
    'q=a&trang=-5',
    'q=a&trang=99999999999999999999',
    'q=a&nam=abc',
    'q=a&loai=users',
    'q=a&xa=%00',
    'q=%22%20OR%201%3D1%20--',
    'q=NEAR(a%20b)%20AND%20*',
    'q[]=a&q[]=b',
  ])('answers %s without an error', async (query) => {
    const { status, text } = await request(`/tim-kiem?${query}`)
    expect(status).toBe(200)
    expect(text).not.toContain('<script>alert')
  })
})
