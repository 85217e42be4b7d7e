import { describe, expect, it } from 'vitest'

import { SEED_ARTICLE_SLUG } from '../../seed/data/content'
import { sharedPage } from '../helpers/browser'
import { baseUrl, ensureStaff, request } from '../helpers/http'

/** Every page type of the readers' portal, in real Chromium against the production server. */
const DRAFT_TITLE = 'Bản nháp: Kế hoạch thẩm định xã Cao Lâu'
const SEED_TITLE = 'UBND huyện Cao Lộc sơ kết công tác xây dựng nông thôn mới 6 tháng đầu năm'

const PAGE_TYPES: [string, string, string][] = [
  ['home', '/', 'Kết quả xây dựng nông thôn mới'],
  ['news', '/tin-tuc', SEED_TITLE],
  ['article', `/tin-tuc/${SEED_ARTICLE_SLUG}`, 'bình quân mỗi xã đạt 14,5 tiêu chí'],
  ['category', '/chuyen-muc/tin-tuc-su-kien', SEED_TITLE],
  ['communes', '/xa', 'Xã Cao Lâu'],
  ['communes filtered', '/xa/loc/nang-cao', 'Xã Hợp Thành'],
  ['commune', '/xa/cao-lau', '8/19'],
  ['criteria', '/tieu-chi', '2026–2030'],
  ['criteria set', '/tieu-chi/bo/bo-tieu-chi-2021-2025', 'Thủy lợi và phòng, chống thiên tai'],
  ['criterion', '/tieu-chi/10-thu-nhap-2021-2025', '10/20 xã'],
  ['events', '/su-kien', 'Hội nghị sơ kết chương trình xây dựng nông thôn mới 6 tháng đầu năm 2024'],
  ['event', '/su-kien/ra-quan-xay-dung-ntm-6-thang-dau-nam-2024', '130.000.000 đ'],
  ['search', '/tim-kiem?q=cao+loc', SEED_TITLE],
  ['contact', '/lien-he', 'Văn phòng Điều phối'],
  ['partners', '/doi-tac', 'OpenAPI 3.1'],
  ['not found', '/khong-co-trang-nay', 'Không tìm thấy trang'],
]

const page = sharedPage()

describe('page types', () => {
  it.each(PAGE_TYPES)('%s (%s) renders its content in Vietnamese', async (_name, path, text) => {
    const response = await page().goto(`${baseUrl()}${path}`)
    expect(response?.status()).toBe(path.startsWith('/khong-co') ? 404 : 200)
    expect(await page().getAttribute('html', 'lang')).toBe('vi')
    expect(await page().locator('main').innerText()).toContain(text)
    expect(await page().locator('h1').count()).toBe(1)
    await expect(page().locator('a.skip-link').getAttribute('href')).resolves.toBe('#noi-dung')
  })

  it('answers 404 for unknown slugs of every kind', async () => {
    for (const path of [
      '/tin-tuc/khong-co',
      '/xa/khong-co',
      '/tieu-chi/khong-co',
      '/su-kien/khong-co',
      '/chuyen-muc/khong-co',
    ]) {
      const response = await page().goto(`${baseUrl()}${path}`)
      expect(response?.status(), path).toBe(404)
      expect(await page().locator('h1').innerText()).toBe('Không tìm thấy trang')
    }
  })

  it('never shows an unpublished article: pages, lists, search, sitemap', async () => {
    for (const path of [
      '/',
      '/tin-tuc',
      '/chuyen-muc/tin-tuc-su-kien',
      '/xa/cao-lau',
      '/tim-kiem?q=ke+hoach+tham+dinh',
    ]) {
      await page().goto(`${baseUrl()}${path}`)
      expect(await page().locator('body').innerText(), path).not.toContain(DRAFT_TITLE)
    }
    const draft = await page().goto(`${baseUrl()}/tin-tuc/ban-nhap-ke-hoach-tham-dinh-xa-cao-lau`)
    expect(draft?.status()).toBe(404)
    const sitemap = await request('/sitemap.xml')
    expect(sitemap.text).toContain(`/tin-tuc/${SEED_ARTICLE_SLUG}`)
    expect(sitemap.text).not.toContain('ban-nhap-ke-hoach-tham-dinh-xa-cao-lau')
  })

  it('shows the programme figures computed from the data', async () => {
    await page().goto(`${baseUrl()}/`)
    const dashboard = await page().locator('.dashboard').innerText()
    expect(dashboard).toMatch(/10\s+xã đạt chuẩn NTM/)
    expect(dashboard).toMatch(/trong đó 2 xã đạt NTM nâng cao/)
    expect(dashboard).toMatch(/10\s+xã chưa đạt chuẩn NTM/)
    expect(dashboard).toMatch(/14,5\s+tiêu chí NTM đạt bình quân mỗi xã/)
    expect(dashboard).toContain('Trên tổng số 20 xã')
    expect(dashboard).toContain('Xã Cao Lâu')
  })

  it('lists related links as real external links', async () => {
    await page().goto(`${baseUrl()}/`)
    const links = page().locator('.related-links a')
    expect(await links.count()).toBe(4)
    expect(await links.first().getAttribute('rel')).toContain('noopener')
    expect(await page().locator('.related-links select').count()).toBe(0)
  })
})

describe('the header', () => {
  it.each([
    ['/', 'trang-chu'],
    ['/tin-tuc', 'tin-tuc'],
    ['/xa', 'xa'],
    ['/tieu-chi', 'tieu-chi'],
    ['/su-kien', 'su-kien'],
    ['/lien-he', 'lien-he'],
  ])('marks the menu entry of %s’s section, and no other, without JavaScript', async (path, section) => {
    await page().goto(`${baseUrl()}${path}`)
    const marked = await page().$$eval('.site-nav a[data-section]', (links) =>
      links.filter((link) => getComputedStyle(link).boxShadow !== 'none').map((link) => link.dataset.section),
    )
    expect(marked).toEqual([section])
  })

  it('shows the site’s emblem beside the agency and portal names', async () => {
    await page().goto(`${baseUrl()}/`)
    const brand = page().locator('.site-header__brand')
    expect(await brand.locator('.site-emblem').count()).toBe(1)
    expect(await brand.locator('.site-header__name').innerText()).toBeTruthy()
  })
})

describe('search', () => {
  it.each(['cao loc', 'CAO LỘC', 'Cao Lộc'])('finds "Cao Lộc" from "%s"', async (query) => {
    await page().goto(`${baseUrl()}/tim-kiem?q=${encodeURIComponent(query)}`)
    const results = page().locator('.search-results li')
    expect(await results.count()).toBeGreaterThan(0)
    expect(await page().locator('.search-results').innerText()).toContain(SEED_TITLE)
  })

  it('ranks exact-diacritic matches first', async () => {
    await page().goto(`${baseUrl()}/tim-kiem?q=${encodeURIComponent('Tân Liên')}`)
    const first = await page().locator('.search-results li').first().innerText()
    expect(first).toContain('Tân Liên')
  })

  it('works from the header form without JavaScript-only behaviour', async () => {
    await page().goto(`${baseUrl()}/`)
    await page().fill('#q-header', 'dong dang')
    await page().press('#q-header', 'Enter')
    await page().waitForURL(/tim-kiem\?q=dong\+dang/)
    expect(await page().locator('.search-results li').count()).toBeGreaterThan(0)
  })
})

describe('publishing without a rebuild', () => {
  it('an article published through the API appears on / and /tin-tuc', async () => {
    const token = (await ensureStaff()).editor
    const title = `Tin mới đăng lúc ${Date.now()}`
    const created = await request('/api/articles', {
      method: 'POST',
      token,
      json: { title, summary: 'Đăng qua API', _status: 'published' },
    })
    expect(created.status, created.text).toBe(201)
    for (const path of ['/', '/tin-tuc']) {
      await page().goto(`${baseUrl()}${path}`)
      expect(await page().locator('main').innerText(), path).toContain(title)
    }
    await page().goto(`${baseUrl()}/tin-tuc/${created.body.doc.slug}`)
    expect(await page().locator('h1').innerText()).toBe(title)
  })
})
