import AxeBuilder from '@axe-core/playwright'
import { beforeAll, describe, expect, it } from 'vitest'

import { SEED_ARTICLE_SLUG } from '../../seed/data/content'
import { openBrowser, sharedPage } from '../helpers/browser'
import { baseUrl } from '../helpers/http'

/**
 * The accessibility bar and WCAG checks: axe-core on every page type in the normal theme, in
 * high contrast (with the enhanced 7:1 rule) and at 200% text; reflow at 320 px.
 */
const PAGES = [
  '/',
  '/tin-tuc',
  `/tin-tuc/${SEED_ARTICLE_SLUG}`,
  '/chuyen-muc/tin-tuc-su-kien',
  '/xa',
  '/xa/tan-lien',
  '/tieu-chi',
  '/tieu-chi/10-thu-nhap-2021-2025',
  '/su-kien',
  '/su-kien/ra-quan-xay-dung-ntm-6-thang-dau-nam-2024',
  '/tim-kiem?q=cao+loc',
  '/lien-he',
  '/doi-tac',
  '/khong-co-trang-nay',
]
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const STORAGE_KEY = 'ntm-hien-thi'

const page = sharedPage()

const setPreferences = async (preferences: object | null) => {
  await page().goto(`${baseUrl()}/lien-he`)
  await page().evaluate(
    ([key, value]) => (value ? localStorage.setItem(key, value) : localStorage.removeItem(key)),
    [STORAGE_KEY, preferences ? JSON.stringify(preferences) : ''] as const,
  )
}

const violations = async (enhancedContrast = false) => {
  const results = await new AxeBuilder({ page: page() })
    .options({
      runOnly: { type: 'tag', values: TAGS },
      rules: enhancedContrast ? { 'color-contrast-enhanced': { enabled: true } } : {},
    })
    .analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

const bodyFontSize = () => page().evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))

describe('the accessibility bar', () => {
  beforeAll(() => setPreferences(null))

  it('has the seed portal’s controls as real, named buttons', async () => {
    await page().goto(`${baseUrl()}/`)
    for (const label of ['A-', 'A', 'A+', 'Tăng tương phản', 'Giảm tương phản']) {
      const button = page()
        .getByRole('button', { name: label, exact: false })
        .filter({ hasText: new RegExp(`^${label.replace('+', '\\+')}`) })
      expect(await button.count(), label).toBeGreaterThan(0)
      const box = await button.first().boundingBox()
      expect(box!.width).toBeGreaterThanOrEqual(24)
      expect(box!.height).toBeGreaterThanOrEqual(24)
    }
    expect(
      await page()
        .getByRole('button', { name: /A\+ \(tăng cỡ chữ\)/ })
        .count(),
    ).toBe(1)
    expect(await page().getByRole('button', { name: 'Tăng tương phản' }).getAttribute('aria-pressed')).toBe(
      'false',
    )
  })

  it('A+ twice steps the text size; the choice survives a reload and a new page; A resets', async () => {
    await page().goto(`${baseUrl()}/`)
    const base = await bodyFontSize()
    const larger = page().getByRole('button', { name: /^A\+/ })
    await larger.click()
    expect(await bodyFontSize()).toBeCloseTo(base * 1.125, 1)
    await larger.click()
    expect(await bodyFontSize()).toBeCloseTo(base * 1.25, 1)
    expect(await page().locator('[role="status"]').innerText()).toContain('125%')
    await page().reload()
    expect(await bodyFontSize()).toBeCloseTo(base * 1.25, 1)
    await page().goto(`${baseUrl()}/xa`)
    expect(await bodyFontSize()).toBeCloseTo(base * 1.25, 1)
    await page().getByRole('button', { name: /^A \(/ }).click()
    expect(await bodyFontSize()).toBeCloseTo(base, 1)
  })

  it('high contrast changes the colours, is pressed, persists, and turns off again', async () => {
    await page().goto(`${baseUrl()}/`)
    const colours = () =>
      page().evaluate(() => [
        getComputedStyle(document.body).color,
        getComputedStyle(document.body).backgroundColor,
      ])
    const normal = await colours()
    await page().getByRole('button', { name: 'Tăng tương phản' }).click()
    expect(await colours()).not.toEqual(normal)
    expect(await colours()).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)'])
    expect(await page().getByRole('button', { name: 'Tăng tương phản' }).getAttribute('aria-pressed')).toBe(
      'true',
    )
    await page().goto(`${baseUrl()}/tin-tuc`)
    expect(await colours()).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)'])
    await page().getByRole('button', { name: 'Giảm tương phản' }).click()
    expect(await colours()).toEqual(normal)
  })

  it('follows the system’s “more contrast” until the reader chooses, and survives forced colours', async () => {
    await setPreferences(null)
    await page().emulateMedia({ contrast: 'more' })
    await page().goto(`${baseUrl()}/`)
    const colours = () =>
      page().evaluate(() => [
        getComputedStyle(document.body).color,
        getComputedStyle(document.body).backgroundColor,
      ])
    expect(await colours()).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)'])
    await page().getByRole('button', { name: 'Giảm tương phản' }).click()
    expect(await colours()).toEqual(['rgb(26, 26, 26)', 'rgb(255, 255, 255)'])
    await page().emulateMedia({ contrast: 'no-preference', forcedColors: 'active' })
    await setPreferences(null)
    await page().goto(`${baseUrl()}/`)
    expect(await page().locator('h1').count()).toBe(1)
    expect(await violations()).toEqual([])
    await page().emulateMedia({ contrast: null, forcedColors: null })
  })

  it('works with the keyboard alone', async () => {
    await setPreferences(null)
    await page().goto(`${baseUrl()}/`)
    const base = await bodyFontSize()
    // Skip link first, then the bar: A-, A, A+.
    await page().keyboard.press('Tab')
    expect(await page().evaluate(() => document.activeElement?.className)).toContain('skip-link')
    for (let i = 0; i < 3; i++) await page().keyboard.press('Tab')
    expect(await page().evaluate(() => document.activeElement?.textContent)).toMatch(/^A\+/)
    const outline = await page().evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline).not.toBe('none')
    await page().keyboard.press('Enter')
    expect(await bodyFontSize()).toBeCloseTo(base * 1.125, 1)
    await page().keyboard.press('Tab')
    await page().keyboard.press('Space')
    expect(await page().evaluate(() => document.documentElement.getAttribute('data-contrast'))).toBe('high')
    await setPreferences(null)
  })

  it('leaves the page readable with JavaScript disabled', async () => {
    const noJs = await openBrowser({ javaScriptEnabled: false })
    try {
      const plain = await noJs.newPage()
      await plain.goto(`${baseUrl()}/tin-tuc/${SEED_ARTICLE_SLUG}`)
      expect(await plain.locator('h1').isVisible()).toBe(true)
      expect(await plain.locator('main').innerText()).toContain('bình quân mỗi xã đạt 14,5 tiêu chí')
      const opacity = await plain.evaluate(() => getComputedStyle(document.body).opacity)
      expect(opacity).toBe('1')
      // The buttons that would do nothing are hidden; the zoom help is there.
      expect(await plain.getByRole('button', { name: /^A\+/ }).isVisible()).toBe(false)
      expect(await plain.getByText('Hướng dẫn phóng to').isVisible()).toBe(true)
    } finally {
      await noJs.close()
    }
  })
})

describe('axe-core: no WCAG 2.2 AA violations', () => {
  it.each(PAGES)('normal theme: %s', async (path) => {
    await setPreferences(null)
    await page().goto(`${baseUrl()}${path}`)
    expect(await violations()).toEqual([])
  })

  it.each(PAGES)('high contrast, with the 7:1 rule: %s', async (path) => {
    await setPreferences({ textScale: 100, contrast: 'high' })
    await page().goto(`${baseUrl()}${path}`)
    expect(await violations(true)).toEqual([])
  })

  it.each(PAGES)('text at 200 percent: %s', async (path) => {
    await setPreferences({ textScale: 200 })
    await page().goto(`${baseUrl()}${path}`)
    expect(await violations()).toEqual([])
  })
})

describe('reflow', () => {
  it.each(PAGES)('no horizontal scrolling at 320 px with text at 200 percent: %s', async (path) => {
    const narrow = await openBrowser({ width: 320 })
    try {
      const small = await narrow.newPage()
      await small.goto(`${baseUrl()}/lien-he`)
      await small.evaluate(
        (key) => localStorage.setItem(key, JSON.stringify({ textScale: 200 })),
        STORAGE_KEY,
      )
      await small.goto(`${baseUrl()}${path}`)
      const [scrollWidth, clientWidth] = await small.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ])
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
    } finally {
      await narrow.close()
    }
  })
})
