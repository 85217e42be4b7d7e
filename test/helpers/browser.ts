import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { CHROMIUM, CHROMIUM_ARGS as ARGS } from '../../scripts/lib/chromium'

export { CHROMIUM }

export type TestBrowser = {
  context: BrowserContext
  newPage: () => Promise<Page>
  close: () => Promise<void>
}

/** Debian's Chromium with a fresh profile in a temporary folder, removed once it has closed. */
export const openBrowser = async (
  options: {
    javaScriptEnabled?: boolean
    width?: number
    /**
     * Looks like a person's browser to the visitor statistics: a desktop Chrome user agent (this
     * one is sent to the server) and navigator.webdriver false. Headless Chromium always sets
     * that flag and no display is available here for a headed one, so the page is told
     * otherwise before its scripts run; everything else is the real page and the real server.
     */
    asPerson?: string
  } = {},
): Promise<TestBrowser> => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`)
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    ...(options.asPerson
      ? {
          userAgent: `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 ${options.asPerson}`,
          // Playwright turns the back/forward cache off; a person's browser has it.
          ignoreDefaultArgs: ['--enable-automation', '--disable-back-forward-cache'],
        }
      : {}),
  })
  if (options.asPerson) {
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true }),
    )
  }
  return {
    context,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 })
    },
  }
}

/** One browser and page for a test file, opened before its tests and closed after them. */
export const sharedPage = (): (() => Page) => {
  let browser: TestBrowser | undefined
  let page: Page | undefined
  beforeAll(async () => {
    browser = await openBrowser()
    page = await browser.newPage()
  })
  afterAll(async () => browser?.close())
  return () => {
    if (!page) throw new Error('sharedPage(): the page is opened in beforeAll')
    return page
  }
}
