import { gzipSync } from 'node:zlib'

import { beforeAll, describe, expect, it } from 'vitest'

import { SEED_ARTICLE_SLUG } from '../../seed/data/content'
import { ensureStaff, graphql, type Json, request, type StaffTokens } from '../helpers/http'

/**
 * Against the production build (`next start`) on a database made by the committed migrations
 * and the demo seed: the public pages, the REST and GraphQL APIs, the newsroom's rules over
 * HTTP, and bad input answered with 400 and a field error.
 */
const DRAFT_SLUG = 'ban-nhap-ke-hoach-tham-dinh-xa-cao-lau'
let tokens: StaffTokens

beforeAll(async () => {
  tokens = await ensureStaff()
})

describe('public pages', () => {
  it('/ lists the latest published articles, in Vietnamese', async () => {
    const { status, text } = await request('/')
    expect(status).toBe(200)
    expect(text).toMatch(/<html lang="vi"/)
    expect(text).toContain('UBND huyện Cao Lộc sơ kết công tác xây dựng nông thôn mới 6 tháng đầu năm')
    expect(text).not.toContain('Bản nháp: Kế hoạch thẩm định')
  })

  it('/tin-tuc/[slug] shows an article with its source line', async () => {
    const { status, text } = await request(`/tin-tuc/${SEED_ARTICLE_SLUG}`)
    expect(status).toBe(200)
    expect(text).toContain(
      '<h1>UBND huyện Cao Lộc sơ kết công tác xây dựng nông thôn mới 6 tháng đầu năm</h1>',
    )
    expect(text).toContain('bình quân mỗi xã đạt 14,5 tiêu chí')
    // React separates adjacent text with <!-- --> markers; read the HTML without them.
    const html = text.replaceAll('<!-- -->', '')
    expect(html).toMatch(/Nguồn: <a href="https:\/\/baolangson\.vn\/[^"]+5013560\.html"/)
    expect(text).toContain('<figcaption>Các đại biểu tham gia ý kiến tại hội nghị</figcaption>')
    expect(text).toContain('2/7/2024')
  })

  it('answers 404 for an unknown article and for a draft', async () => {
    expect((await request('/tin-tuc/khong-co-bai-nay')).status).toBe(404)
    expect((await request(`/tin-tuc/${DRAFT_SLUG}`)).status).toBe(404)
  })

  it('serves the admin in Vietnamese even to an English browser, with its scripts', async () => {
    const { status, text } = await request('/admin/login', {
      headers: { 'Accept-Language': 'en-US,en;q=0.9' },
    })
    expect(status).toBe(200)
    expect(text).toMatch(/<html[^>]+lang="vi"/)
    expect(text).toMatch(/<script[^>]+src="\/_next\//)
    const english = await request('/admin/login', { headers: { Cookie: 'payload-lng=en' } })
    expect(english.text).toMatch(/<html[^>]+lang="en"/)
  })

  it('sends readers’ pages without the client runtime: only our four small inline scripts', async () => {
    for (const path of [
      '/',
      `/tin-tuc/${SEED_ARTICLE_SLUG}`,
      '/xa/cao-lau',
      '/tim-kiem?q=cao+loc',
      '/khong-co',
    ]) {
      const { text, headers } = await request(path, { headers: { 'Accept-Encoding': 'gzip' } })
      const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      expect(scripts.map((m) => m[1].match(/id="([^"]+)"/)?.[1]).sort(), path).toEqual([
        'ntm-controls',
        'ntm-menu',
        'ntm-prepaint',
        'ntm-stats',
      ])
      const js = gzipSync(scripts.map((m) => m[2]).join('')).length
      expect(js, path).toBeLessThan(2048)
      expect(headers.get('content-encoding'), path).toBe('gzip')
    }
  })
})

describe('the home page', () => {
  it('shows each story once, leads with one whose image loads at once, and describes itself', async () => {
    const { text } = await request('/')
    const main = text.slice(text.indexOf('<main'), text.indexOf('</main>'))
    const stories = [...main.matchAll(/href="(\/tin-tuc\/[^"/]+)"/g)].map((match) => match[1])
    expect(stories.length).toBeGreaterThan(3)
    expect(new Set(stories).size).toBe(stories.length)
    const leadStart = main.indexOf('article-card--lead')
    expect(leadStart).toBeGreaterThan(0)
    const lead = main.slice(leadStart, main.indexOf('</article>', leadStart))
    expect(lead).toMatch(/<img[^>]*fetchpriority="high"/i)
    expect(lead).not.toContain('loading="lazy"')
    expect(text).toMatch(
      /<meta name="description" content="Tin tức, sự kiện và kết quả xây dựng nông thôn mới của [^"]+"/,
    )
  })
})

describe('REST API', () => {
  it('gives anonymous readers published articles only, drafts not even with ?draft=true', async () => {
    for (const query of ['', '?draft=true', `?where[slug][equals]=${DRAFT_SLUG}`]) {
      const { status, body } = await request(`/api/articles${query}`)
      expect(status).toBe(200)
      expect(body.docs.length).toBeGreaterThan(query.includes('where') ? -1 : 0)
      expect(body.docs.every((doc: { _status: string }) => doc._status === 'published')).toBe(true)
      expect(body.docs.map((doc: { slug: string }) => doc.slug)).not.toContain(DRAFT_SLUG)
    }
  })

  it('returns computed attainment counts with a commune', async () => {
    const { body } = await request('/api/communes?where[slug][equals]=cao-lau&depth=0')
    expect(body.docs[0].progress).toEqual({ ntmMet: 8, nangCaoMet: 0, total: 19 })
  })

  it('never exposes users', async () => {
    expect((await request('/api/users')).status).toBe(403)
    const { body } = await request(`/api/articles?depth=2&where[slug][equals]=${SEED_ARTICLE_SLUG}`)
    expect(JSON.stringify(body)).not.toContain('@test.example')
  })

  it('lets a journalist write a draft, not publish it; an editor publishes', async () => {
    const refused = await request('/api/articles', {
      method: 'POST',
      token: tokens.journalist,
      json: { title: 'Tin của phóng viên', _status: 'published' },
    })
    expect(refused.status).toBe(403)

    const draft = await request('/api/articles?draft=true', {
      method: 'POST',
      token: tokens.journalist,
      json: { title: 'Tin của phóng viên' },
    })
    expect(draft.status, draft.text).toBe(201)
    const { id, slug } = draft.body.doc
    expect(slug).toBe('tin-cua-phong-vien')
    expect((await request(`/api/articles/${id}`)).status).toBe(404)

    const publish = await request(`/api/articles/${id}`, {
      method: 'PATCH',
      token: tokens.editor,
      json: { _status: 'published' },
    })
    expect(publish.status, publish.text).toBe(200)
    expect((await request(`/api/articles/${id}`)).status).toBe(200)
    expect((await request(`/tin-tuc/${slug}`)).status).toBe(200)
  })

  it('refuses anonymous writes', async () => {
    const { status } = await request('/api/categories', { method: 'POST', json: { name: 'Không được' } })
    expect(status).toBe(403)
  })
})

describe('bad input gets 400 with a field error, never 500', () => {
  const expectFieldError = (response: { status: number; body: Json }, path: string) => {
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    const fields = response.body.errors?.[0]?.data?.errors?.map((e: { path: string }) => e.path)
    expect(fields).toContain(path)
  }

  it('a duplicate slug', async () => {
    const response = await request('/api/categories', {
      method: 'POST',
      token: tokens.editor,
      json: { name: 'Trùng', slug: 'tin-tuc-su-kien' },
    })
    expectFieldError(response, 'slug')
  })

  it('a related link that is not http(s)', async () => {
    const response = await request('/api/globals/related-links', {
      method: 'POST',
      token: tokens.editor,
      json: { links: [{ label: 'Xấu', url: 'javascript:alert(1)' }] },
    })
    expectFieldError(response, 'links.0.url')
    const links = await request('/api/globals/related-links')
    expect(links.body.links).toHaveLength(4)
  })

  it('negative participants', async () => {
    const response = await request('/api/events', {
      method: 'POST',
      token: tokens.editor,
      json: { title: 'Sai số', startsAt: '2024-07-02T01:00:00.000Z', participants: -5 },
    })
    expectFieldError(response, 'participants')
  })

  it('an image without alt text', async () => {
    const fs = await import('node:fs')
    const form = new FormData()
    form.append(
      'file',
      new Blob([fs.readFileSync('seed/media/ra-quan-ntm.jpg')], { type: 'image/jpeg' }),
      'anh.jpg',
    )
    form.append('_payload', JSON.stringify({ caption: 'Không có alt' }))
    const response = await request('/api/media', { method: 'POST', token: tokens.journalist, body: form })
    expectFieldError(response, 'alt')
  })
})

describe('GraphQL API', () => {
  it('answers with published articles only', async () => {
    const { status, body } = await graphql(
      '{ Articles(limit: 50, draft: true) { docs { slug _status } totalDocs } }',
    )
    expect(status).toBe(200)
    const slugs = body.data.Articles.docs.map((d: { slug: string }) => d.slug)
    expect(slugs).toContain(SEED_ARTICLE_SLUG)
    expect(slugs).not.toContain(DRAFT_SLUG)
    expect(body.data.Articles.docs.every((d: { _status: string }) => d._status === 'published')).toBe(true)
  })

  it('answers with communes and their computed counts', async () => {
    const { body } = await graphql(
      '{ Communes(where: { slug: { equals: "tan-lien" } }) { docs { name progress { ntmMet nangCaoMet total } } } }',
    )
    expect(body.data.Communes.docs[0]).toEqual({
      name: 'Xã Tân Liên',
      progress: { ntmMet: 19, nangCaoMet: 7, total: 19 },
    })
  })
})

describe('visitor statistics for the newsroom', () => {
  it('shows editors the dashboard panel and hides it from journalists', async () => {
    const asEditor = await request('/admin', { headers: { Cookie: `payload-token=${tokens.editor}` } })
    expect(asEditor.status).toBe(200)
    expect(asEditor.text).toContain('Lượt truy cập 30 ngày qua')
    expect(asEditor.text).toContain('Bài được đọc nhiều nhất (30 ngày)')
    // The chart: a labelled SVG with a value axis and day/month dates under the bars.
    const chart = asEditor.text.match(/<svg class="ntm-chart"[\s\S]*?<\/svg>/)?.[0] ?? ''
    expect(chart).toContain('aria-labelledby="ntm-visits-title ntm-visits-desc"')
    expect(chart.match(/class="ntm-chart__bar"/g)).toHaveLength(30)
    const labels = [...chart.matchAll(/class="ntm-chart__label"[^>]*>([^<]+)</g)].map((m) => m[1])
    expect(labels).toContain('0')
    expect(labels.filter((text) => /^\d{1,2}\/\d{1,2}$/.test(text)).length).toBeGreaterThanOrEqual(4)
    // The newsroom desk in Payload's table style, states as Payload's pills.
    expect(asEditor.text).toContain('Toà soạn')
    expect(asEditor.text).toMatch(/class="ntm-figures"/)
    const asJournalist = await request('/admin', {
      headers: { Cookie: `payload-token=${tokens.journalist}` },
    })
    expect(asJournalist.status).toBe(200)
    expect(asJournalist.text).not.toContain('Lượt truy cập 30 ngày qua')
  })

  it('lets editors read the counters over the API, read-only, and nobody else', async () => {
    expect((await request('/api/stats-counters')).status).toBe(403)
    expect((await request('/api/stats-counters', { token: tokens.journalist })).status).toBe(403)
    expect((await request('/api/stats-counters', { token: tokens.editor })).status).toBe(200)
    const write = await request('/api/stats-counters', {
      method: 'POST',
      token: tokens.admin,
      json: { period: 'all', visits: 1_000_000 },
    })
    expect(write.status).toBe(403)
    expect((await request('/api/stats-salts', { token: tokens.admin })).status).toBe(403)
    expect((await request('/api/stats-visitors', { token: tokens.admin })).status).toBe(403)
  })
})
