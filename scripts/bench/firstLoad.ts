/**
 * What a reader's browser downloads on a page's first load (empty cache): bytes on the wire per
 * resource type, measured by Debian's Chromium through the DevTools protocol, not estimated from
 * the HTML. Inline scripts are counted as JavaScript too, at their gzip size.
 */
import fs from 'node:fs'
import zlib from 'node:zlib'

import { chromium } from 'playwright-core'

import { CHROMIUM, CHROMIUM_ARGS } from '../lib/chromium'

export type FirstLoad = {
  path: string
  requests: number
  /** Everything received (bodies as sent, compressed where the server compressed). */
  totalBytes: number
  htmlBytes: number
  cssBytes: number
  fontBytes: number
  imageBytes: number
  /** Script files plus inline scripts (gzip size). */
  jsBytes: number
  jsFiles: number
}

const kind = (type: string): keyof FirstLoad | undefined =>
  ({ document: 'htmlBytes', stylesheet: 'cssBytes', font: 'fontBytes', image: 'imageBytes', script: 'jsBytes' })[
    type
  ] as keyof FirstLoad | undefined

export const measureFirstLoads = async (baseUrl: string, paths: string[]): Promise<FirstLoad[] | null> => {
  if (!fs.existsSync(CHROMIUM)) return null
  // Playwright gives the browser a fresh temporary profile (--user-data-dir) of its own.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  })
  try {
    const results: FirstLoad[] = []
    for (const pagePath of paths) {
      // A context of its own per page: an empty cache, as on a reader's first visit.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
      const page = await context.newPage()
      const responses: Promise<void>[] = []
      const load: FirstLoad = {
        path: pagePath,
        requests: 0,
        totalBytes: 0,
        htmlBytes: 0,
        cssBytes: 0,
        fontBytes: 0,
        imageBytes: 0,
        jsBytes: 0,
        jsFiles: 0,
      }
      page.on('requestfinished', (request) => {
        responses.push(
          request.sizes().then((sizes) => {
            const bytes = sizes.responseBodySize + sizes.responseHeadersSize
            load.requests += 1
            load.totalBytes += bytes
            const field = kind(request.resourceType())
            if (field) (load[field] as number) += bytes
            if (request.resourceType() === 'script') load.jsFiles += 1
          }),
        )
      })
      // Not 'networkidle': the page's visitor figures refresh themselves now and then.
      await page.goto(`${baseUrl}${pagePath}`, { waitUntil: 'load' })
      await page.waitForTimeout(1000)
      await Promise.all(responses)
      const inline = await page.$$eval('script:not([src])', (scripts) => scripts.map((s) => s.textContent ?? ''))
      load.jsBytes += inline.reduce((sum, text) => sum + (text ? zlib.gzipSync(text).length : 0), 0)
      results.push(load)
      await context.close()
    }
    return results
  } finally {
    await browser.close()
  }
}
