import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../scripts/lib/server'
import { openBrowser, type TestBrowser } from '../helpers/browser'
import { ensureStaff, type Json, STAFF_PASSWORD } from '../helpers/http'
import { isolatedDatabase } from '../helpers/servers'

/**
 * Sites in Chromium, on a production server of this file's own (a copy of the suite's database
 * with two commune sites added): the admin's site selector filters what a province admin sees,
 * a journalist of commune A sees A's articles only, and a reader of a site served under
 * `/don-vi/<slug>` browses it and is counted there.
 */
let iso: Awaited<ReturnType<typeof isolatedDatabase>>
let server: RunningServer
let browser: TestBrowser
const run = Date.now().toString(36)
const A = { slug: `xa-a-${run}`, name: `Xã Trình Duyệt A ${run}`, title: `Tin của xã A ${run}` }
const B = { slug: `xa-b-${run}`, name: `Xã Trình Duyệt B ${run}`, title: `Tin của xã B ${run}` }
const JOURNALIST = `pv-xa-a-${run}@test.example`

const api = async (path: string, token: string, json?: unknown): Promise<Json> => {
  const response = await fetch(`${server.url}${path}`, {
    method: json === undefined ? 'GET' : 'POST',
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: json === undefined ? undefined : JSON.stringify(json),
  })
  const body = (await response.json()) as Json
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`)
  return body
}

const logIn = async (page: Page, email: string) => {
  await page.goto(`${server.url}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', STAFF_PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin$/)
}

/** The titles in the admin's article list. */
const listedTitles = async (page: Page) => {
  await page.locator('.collection-list table, .collection-list__no-results').first().waitFor()
  return page.locator('.collection-list table tbody tr').allInnerTexts()
}

beforeAll(async () => {
  await ensureStaff()
  iso = await isolatedDatabase('sites-browser')
  server = await iso.start()
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@test.example', password: STAFF_PASSWORD }),
  })
  const admin = ((await login.json()) as Json).token as string
  const siteA = (await api('/api/tenants', admin, { name: A.name, slug: A.slug, kind: 'xa' })).doc.id
  const siteB = (await api('/api/tenants', admin, { name: B.name, slug: B.slug, kind: 'xa' })).doc.id
  for (const [tenant, title] of [
    [siteA, A.title],
    [siteB, B.title],
  ])
    await api('/api/articles', admin, {
      title,
      tenant,
      _status: 'published',
      publishedAt: new Date().toISOString(),
    })
  await api('/api/users', admin, {
    email: JOURNALIST,
    password: STAFF_PASSWORD,
    displayName: 'Phóng viên xã A',
    tenants: [{ tenant: siteA, role: 'journalist' }],
  })
  browser = await openBrowser()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await iso?.stop()
})

describe('the admin’s sites', () => {
  it('lets a province admin see every site’s articles, and narrow them with the site selector', async () => {
    const page = await browser.newPage()
    await logIn(page, 'admin@test.example')
    await page.goto(`${server.url}/admin/collections/articles?limit=100`)
    const all = (await listedTitles(page)).join('\n')
    expect(all).toContain(A.title)
    expect(all).toContain(B.title)
    // The selector sits in the admin's side menu, which the admin may fold away (inert) once it
    // has hydrated and read the saved preference: open the menu then, and wait until it can be used.
    const selector = page.locator('.tenant-selector .rs__control')
    const usable = () => {
      const element = document.querySelector('.tenant-selector .rs__control')
      return Boolean(element && !element.closest('[inert]') && element.checkVisibility())
    }
    await page.waitForLoadState('networkidle')
    if (!(await page.evaluate(usable))) await page.locator('.nav-toggler:visible').first().click()
    await page.waitForFunction(usable)
    await selector.click()
    await page.locator('.tenant-selector .rs__option', { hasText: B.name }).first().click()
    await page.waitForFunction(
      (title) => !document.querySelector('.collection-list table')?.textContent?.includes(title),
      A.title,
    )
    const narrowed = (await listedTitles(page)).join('\n')
    expect(narrowed).toContain(B.title)
    expect(narrowed).not.toContain(A.title)
    await page.close()
  })

  it('shows a journalist of commune A only A’s articles', async () => {
    const context = await openBrowser()
    try {
      const page = await context.newPage()
      await logIn(page, JOURNALIST)
      await page.goto(`${server.url}/admin/collections/articles?limit=100`)
      const titles = (await listedTitles(page)).join('\n')
      expect(titles).toContain(A.title)
      expect(titles).not.toContain(B.title)
    } finally {
      await context.close()
    }
  })
})

describe('a reader on a site served under /don-vi/<slug>', () => {
  it('browses the site by its own links, and the page view is counted for that site', async () => {
    const page = await browser.newPage()
    const beacon = page.waitForResponse((r) => r.url().endsWith(`/don-vi/${A.slug}/api/stats/hit`))
    const figures = page.waitForResponse((r) => new URL(r.url()).pathname === `/don-vi/${A.slug}/api/stats`)
    await page.goto(`${server.url}/don-vi/${A.slug}`)
    expect((await beacon).status()).toBe(200)
    expect((await figures).status()).toBe(200)
    expect((await page.locator('.site-header__name').innerText()).trim()).toBe(A.name)
    await page.getByRole('link', { name: A.title }).first().click()
    await page.waitForURL(new RegExp(`/don-vi/${A.slug}/tin-tuc/`))
    expect((await page.locator('h1').innerText()).trim()).toBe(A.title)
    await page.getByRole('link', { name: 'Tin tức' }).first().click()
    await page.waitForURL(new RegExp(`/don-vi/${A.slug}/tin-tuc$`))
    expect(await page.content()).not.toContain(B.title)
    await page.close()
  })
})
