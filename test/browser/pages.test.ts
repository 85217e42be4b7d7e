import { describe, expect, it } from 'vitest'

import { SEED_ARTICLE_SLUG } from '../../seed/data/content'
import { openBrowser, sharedPage } from '../helpers/browser'
import { sitemapPages } from '../helpers/sitemaps'
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
    const { pages } = await sitemapPages(
      `${baseUrl()}/sitemap.xml`,
      async (url) => (await request(new URL(url).pathname)).text,
    )
    expect(pages.join(' ')).toContain(`/tin-tuc/${SEED_ARTICLE_SLUG}`)
    expect(pages.join(' ')).not.toContain('ban-nhap-ke-hoach-tham-dinh-xa-cao-lau')
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

describe('the article page', () => {
  /** The most characters on one rendered line of the article's longest paragraph. */
  const longestLine = () =>
    page().evaluate(() => {
      const paragraphs = Array.from(document.querySelectorAll('.article .prose-body p'))
      const longest = paragraphs.sort(
        (a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length,
      )[0]
      const perLine = new Map<number, number>()
      const walker = document.createTreeWalker(longest, NodeFilter.SHOW_TEXT)
      const range = document.createRange()
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < (node.textContent ?? '').length; i++) {
          range.setStart(node, i)
          range.setEnd(node, i + 1)
          const box = range.getClientRects()[0]
          if (box) perLine.set(Math.round(box.top), (perLine.get(Math.round(box.top)) ?? 0) + 1)
        }
      }
      return Math.max(...perLine.values())
    })

  it.each([1280, 768])(
    'keeps the text at a readable measure at %i px, side blocks beside it when wide',
    async (width) => {
      await page().setViewportSize({ width, height: 900 })
      try {
        await page().goto(`${baseUrl()}/tin-tuc/${SEED_ARTICLE_SLUG}`)
        const characters = await longestLine()
        expect(characters).toBeLessThanOrEqual(75)
        expect(characters).toBeGreaterThanOrEqual(40)
        const side = page().getByRole('complementary', { name: 'Liên quan đến bài viết' })
        expect(await side.getByRole('heading', { name: 'Xã liên quan' }).count()).toBe(1)
        const [text, aside] = await Promise.all([
          page().locator('.article').boundingBox(),
          side.boundingBox(),
        ])
        if (width >= 1280) expect(aside!.x).toBeGreaterThan(text!.x + text!.width)
        else expect(aside!.y).toBeGreaterThan(text!.y + text!.height - 1)
      } finally {
        await page().setViewportSize({ width: 1280, height: 900 })
      }
    },
  )
})

describe('the header', () => {
  it.each([
    ['/', '/', 'page'],
    ['/tin-tuc', '/tin-tuc', 'page'],
    [`/tin-tuc/${SEED_ARTICLE_SLUG}`, '/tin-tuc', 'true'],
    ['/chuyen-muc/tin-tuc-su-kien', '/tin-tuc', 'true'],
    ['/xa', '/xa', 'page'],
    ['/xa/cao-lau', '/xa', 'true'],
    ['/tieu-chi/bo/bo-tieu-chi-2021-2025', '/tieu-chi', 'true'],
    ['/su-kien', '/su-kien', 'page'],
    ['/lien-he', '/lien-he', 'page'],
    ['/tim-kiem?q=cao', null, null],
  ])('marks the menu entry of %s’s section, and no other, in the HTML', async (path, href, current) => {
    await page().goto(`${baseUrl()}${path}`)
    const marked = await page().$$eval('.site-nav__item > a', (links: HTMLAnchorElement[]) =>
      links
        .filter((link) => link.hasAttribute('aria-current'))
        .map((link) => [
          new URL(link.href).pathname,
          link.getAttribute('aria-current'),
          getComputedStyle(link).boxShadow,
        ]),
    )
    if (href === null) return expect(marked).toEqual([])
    expect(marked.map(([path, value]) => [path, value])).toEqual([[href, current]])
    expect(marked[0][2]).not.toBe('none')
  })

  it('opens sub-menus from the keyboard without JavaScript', async () => {
    const noJs = await openBrowser({ javaScriptEnabled: false })
    try {
      const plain = await noJs.newPage()
      await plain.goto(`${baseUrl()}/`)
      const more = plain.getByRole('navigation', { name: 'Điều hướng chính' }).locator('summary').first()
      expect(await more.getAttribute('aria-label')).toBe('Các mục của Tin tức')
      const category = plain.locator('.site-nav__sub a', { hasText: 'Tin tức - Sự kiện' })
      expect(await category.isVisible()).toBe(false)
      await more.focus()
      await plain.keyboard.press('Enter')
      expect(await category.isVisible()).toBe(true)
      // The sub-menu's links come next in the tab order.
      await plain.keyboard.press('Tab')
      expect(await plain.evaluate(() => document.activeElement?.closest('.site-nav__sub') !== null)).toBe(
        true,
      )
      await plain.keyboard.press('Enter')
      await plain.waitForURL(/\/chuyen-muc\//)
    } finally {
      await noJs.close()
    }
  })

  it('closes a sub-menu with Escape, a click elsewhere, or another sub-menu opening', async () => {
    await page().goto(`${baseUrl()}/`)
    const summaries = page().locator('.site-nav summary')
    const openCount = () => page().locator('.site-nav details[open]').count()
    await summaries.nth(0).click()
    expect(await openCount()).toBe(1)
    await page().keyboard.press('Escape')
    expect(await openCount()).toBe(0)
    expect(await page().evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY')
    await summaries.nth(0).click()
    await summaries.nth(1).click()
    expect(await page().locator('.site-nav details[open] summary').getAttribute('aria-label')).toBe(
      'Các mục của Xã, thị trấn',
    )
    // A click on the page, away from the open sub-menu.
    await page().mouse.click(10, 600)
    expect(await openCount()).toBe(0)
  })

  it('on a phone, folds the display controls behind one button and starts the news in the first screen', async () => {
    const phone = await openBrowser({ width: 375 })
    try {
      const small = await phone.newPage()
      await small.setViewportSize({ width: 375, height: 812 })
      await small.goto(`${baseUrl()}/`)
      const larger = small.getByRole('button', { name: /^A\+/ })
      const toggle = small.getByRole('button', { name: 'Cỡ chữ, tương phản' })
      expect(await larger.isVisible()).toBe(false)
      // The main story's headline is whole on the first screen.
      const lead = await small.locator('main .article-card__title').first().boundingBox()
      expect(lead!.y + lead!.height).toBeLessThanOrEqual(812)
      await toggle.click()
      expect(await toggle.getAttribute('aria-expanded')).toBe('true')
      expect(await larger.isVisible()).toBe(true)
    } finally {
      await phone.close()
    }
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
