import { chromium } from 'playwright-core'
const [url, out, width = '1280', scale = '100', contrast = ''] = process.argv.slice(2)
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 } })
await context.addInitScript(
  ([s, c]) =>
    localStorage.setItem('ntm-hien-thi', JSON.stringify({ textScale: Number(s), contrast: c || undefined })),
  [scale, contrast],
)
const page = await context.newPage()
const errors = []
page.on('pageerror', (e) => errors.push(String(e)))
page.on('console', (m) => {
  if (m.type() === 'error') errors.push(m.text())
})
await page.goto(url, { waitUntil: 'networkidle' })
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' })
const sw = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])
console.log(page.url(), 'scrollWidth/innerWidth', sw, errors)
await browser.close()
