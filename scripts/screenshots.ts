/**
 * `npm run screenshots`: every page type of the readers' site at 375, 768 and 1280 px, each in
 * normal contrast, high contrast and with text at 200 %, written to `screenshots/` (gitignored),
 * so a person can review the whole site in a minute. The demo content with its sites (province,
 * communes, the district's archive) on a fresh database; the production build in
 * `.next-screens`, redone only when a source changed; Debian's Chromium.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromium } from 'playwright-core'

import { STORAGE_KEY } from '../lib/a11y/preferences'
import { buildIfChanged } from './lib/build.mjs'
import { CHROMIUM, CHROMIUM_ARGS } from './lib/chromium'
import { run, startServer } from './lib/server'

const OUT = path.resolve('screenshots')
const WIDTHS = [375, 768, 1280]
const MODES: Record<string, { textScale: number; contrast?: string } | null> = {
  normal: null,
  'tuong-phan-cao': { textScale: 100, contrast: 'high' },
  'chu-200': { textScale: 200 },
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-screens-'))
const logFile = path.join(dir, 'server.log')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: '.next-screens',
  DATABASE_URI: `file:${path.join(dir, 'screens.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: `screens-${Date.now()}`,
  PAYLOAD_JOBS_AUTORUN: 'false',
}

console.log('▶ Demo content with its sites on a fresh database')
await run('npm', ['run', '--silent', 'seed', '--', '--sites'], env, logFile)
buildIfChanged({ distDir: '.next-screens', env, announce: () => console.log('▶ next build (.next-screens)') })

const server = await startServer(env, logFile)
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true })
try {
  const first = async (collection: string, field = 'slug') => {
    const response = await fetch(`${server.url}/api/${collection}?limit=1&depth=0&sort=-createdAt`)
    const body = (await response.json()) as { docs: Record<string, string>[] }
    return body.docs[0]?.[field]
  }
  const sites = (await (await fetch(`${server.url}/api/tenants?limit=10&depth=0&sort=id`)).json()) as {
    docs: { slug: string; kind: string }[]
  }
  const commune = sites.docs.find((site) => site.kind !== 'tinh')
  const pages: [string, string][] = [
    ['trang-chu', '/'],
    ['tin-tuc', '/tin-tuc'],
    ['bai-viet', `/tin-tuc/${await first('articles')}`],
    ['cac-xa', '/xa'],
    ['mot-xa', `/xa/${await first('communes')}`],
    ['bo-tieu-chi', '/tieu-chi'],
    ['tieu-chi', `/tieu-chi/${await first('criteria')}`],
    ['su-kien', '/su-kien'],
    ['mot-su-kien', `/su-kien/${await first('events')}`],
    ['tim-kiem', '/tim-kiem?q=cao+loc'],
    ['lien-he', '/lien-he'],
    ['doi-tac', '/doi-tac'],
    ['khong-tim-thay', '/khong-co-trang-nay'],
    ...(commune ? [['trang-xa', `/don-vi/${commune.slug}`] as [string, string]] : []),
  ]
  fs.mkdirSync(OUT, { recursive: true })
  let count = 0
  for (const [mode, preferences] of Object.entries(MODES)) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' })
      if (preferences) {
        await context.addInitScript(
          ([key, value]) => localStorage.setItem(key, value),
          [STORAGE_KEY, JSON.stringify(preferences)],
        )
      }
      const page = await context.newPage()
      for (const [name, pagePath] of pages) {
        await page.goto(`${server.url}${pagePath}`, { waitUntil: 'load', timeout: 90_000 })
        await page.screenshot({ path: path.join(OUT, `${name}-${width}-${mode}.png`), fullPage: true })
        count += 1
      }
      await context.close()
    }
  }
  console.log(`✓ ${count} screenshots in ${path.relative(process.cwd(), OUT)}/`)
} finally {
  await browser.close()
  await server.stop()
  fs.rmSync(dir, { recursive: true, force: true })
}
