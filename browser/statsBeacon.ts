/**
 * The visitor statistics' page script, at the end of <body>, never blocking rendering. It sends
 * one beacon per page view: when the page is shown (a prerendered page only once it becomes
 * visible), and again when the page comes back from the back/forward cache. Once the beacon is
 * committed it refreshes the figures in the footer; without JavaScript they stay as rendered.
 * `fetch` with `keepalive` survives the page being closed, like `sendBeacon`, and tells us when
 * the hit is stored; `sendBeacon` is the fallback. The server filters crawlers; the page adds
 * the signals only it can see (webdriver, headless).
 */
import { statsPaths } from '../lib/routes/statsPaths'

const FIGURES = ['online', 'today', 'month', 'total'] as const

// A site served under `/don-vi/<slug>` has its statistics there too: the layout says the prefix.
const base = document.getElementById('ntm-stats')?.getAttribute('data-base') ?? ''

const show = (figures: Record<string, unknown>) => {
  for (const name of FIGURES) {
    const element = document.querySelector(`[data-stat="${name}"]`)
    const value = figures[name]
    if (element && typeof value === 'number') element.textContent = value.toLocaleString('vi-VN')
  }
}

const refresh = () =>
  fetch(base + statsPaths.summary(), { cache: 'no-store' })
    .then((response) => (response.ok ? response.json() : null))
    .then((figures) => figures && show(figures))
    .catch(() => {})

const hit = () => {
  const body = JSON.stringify({
    path: location.pathname,
    webdriver: navigator.webdriver === true,
    headless: /HeadlessChrome/.test(navigator.userAgent),
  })
  if (typeof fetch === 'function') {
    fetch(base + statsPaths.hit(), {
      method: 'POST',
      body,
      keepalive: true,
      headers: { 'content-type': 'application/json' },
    }).then(refresh, () => {})
  } else if (navigator.sendBeacon) {
    navigator.sendBeacon(base + statsPaths.hit(), body)
  }
}

const prerendering = (document as Document & { prerendering?: boolean }).prerendering
if (prerendering) document.addEventListener('prerenderingchange', hit, { once: true })
else hit()
addEventListener('pageshow', (event) => {
  if (event.persisted) hit()
})
