import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { openBrowser } from '../helpers/browser'
import { baseUrl } from '../helpers/http'

/** The statistics block as readers see it, in Chromium against the production server. */
type Figures = { online: number; today: number; month: number; total: number }

const readFigures = async (page: Page): Promise<Figures> => {
  const figures: Record<string, number> = {}
  for (const key of ['online', 'today', 'month', 'total']) {
    const text = (await page.locator(`[data-stat="${key}"]`).innerText()).trim()
    expect(text).toMatch(/^\d{1,3}(\.\d{3})*$/) // vi-VN: 79.917
    figures[key] = Number(text.replaceAll('.', ''))
  }
  return figures as Figures
}

/**
 * Opens `path` and waits until its beacon has been answered (stored: the server answers after
 * the commit) and the block has been refreshed from /api/stats. (A keepalive request's body is
 * not readable from Playwright, so outcomes are judged by the figures.)
 */
const visit = async (page: Page, path: string): Promise<Figures> => {
  const beacon = page.waitForResponse((r) => r.url().endsWith('/api/stats/hit'))
  const refreshed = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/stats')
  await page.goto(`${baseUrl()}${path}`)
  expect((await beacon).status()).toBe(200)
  const response = await refreshed
  expect(response.status()).toBe(200)
  const fresh = (await response.json()) as Figures
  // The script has written what it fetched (the page's own rendering may have been older).
  await page.waitForFunction(
    (total) => document.querySelector('[data-stat="total"]')?.textContent === total,
    fresh.total.toLocaleString('vi-VN'),
  )
  const shown = await readFigures(page)
  expect(shown).toEqual({ online: fresh.online, today: fresh.today, month: fresh.month, total: fresh.total })
  return shown
}

describe('visitor statistics in the footer', () => {
  it('rises when people visit pages, not when a robot does', async () => {
    const first = await openBrowser({ asPerson: `first-${Date.now()}` })
    const second = await openBrowser({ asPerson: `second-${Date.now()}` })
    try {
      const page = await first.newPage()
      const afterFirst = await visit(page, '/')
      expect(afterFirst.online).toBeGreaterThanOrEqual(1)
      expect(afterFirst.today).toBeGreaterThanOrEqual(1)
      expect(afterFirst.total).toBeGreaterThan(79_917)

      // The same person reading on: a page view, not a new visit.
      expect(await visit(page, '/tin-tuc')).toEqual(afterFirst)

      // Somebody else: one more visit, one more online.
      const afterSecond = await visit(await second.newPage(), '/xa')
      expect(afterSecond.today).toBe(afterFirst.today + 1)
      expect(afterSecond.total).toBe(afterFirst.total + 1)
      expect(afterSecond.online).toBe(afterFirst.online + 1)

      // Headless Chromium as it comes: its user agent and navigator.webdriver give it away.
      const robot = await openBrowser()
      try {
        expect(await visit(await robot.newPage(), '/')).toEqual(afterSecond)
      } finally {
        await robot.close()
      }
    } finally {
      await first.close()
      await second.close()
    }
  })

  it('counts a page restored from the back/forward cache as a page view', async () => {
    const browser = await openBrowser({ asPerson: `back-forward-${Date.now()}` })
    try {
      const page = await browser.newPage()
      await visit(page, '/')
      await page.evaluate(() => Object.assign(window, { ntmTestMarker: true }))
      await visit(page, '/lien-he')
      const beacon = page.waitForResponse((r) => r.url().endsWith('/api/stats/hit'))
      // A restored page fires no "load": wait for the commit only.
      await page.goBack({ waitUntil: 'commit' })
      expect((await beacon).status()).toBe(200)
      expect(JSON.parse((await beacon).request().postData() ?? '{}').path).toBe('/')
      // The same window, not a reload: it came from the back/forward cache.
      expect(await page.evaluate(() => 'ntmTestMarker' in window)).toBe(true)
    } finally {
      await browser.close()
    }
  })

  it('shows the figures rendered with the page when JavaScript is off', async () => {
    const browser = await openBrowser({ javaScriptEnabled: false })
    try {
      const page = await browser.newPage()
      await page.goto(`${baseUrl()}/lien-he`)
      const figures = await readFigures(page)
      expect(figures.total).toBeGreaterThanOrEqual(79_917)
      await expect(page.locator('.visitor-stats details summary').innerText()).resolves.toBe('Cách tính')
    } finally {
      await browser.close()
    }
  })
})
