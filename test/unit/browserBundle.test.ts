import fs from 'node:fs'

import { describe, expect, it, vi } from 'vitest'

import * as bundled from '../../browser/bundled'
import { STORAGE_KEY } from '../../lib/a11y/preferences'
import { BROWSER_ENTRIES, bundledSource, OUTPUT_FILE } from '../../scripts/bundleBrowser'

/** A storage as the page sees it. */
const storage = (initial: Record<string, string> = {}) => {
  const data = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  }
}

/** A minimal element: attributes, style, text. */
const element = (attributes: Record<string, string> = {}) => {
  const attrs = new Map(Object.entries(attributes))
  return {
    style: { fontSize: '' },
    textContent: '',
    dataset: {} as Record<string, string>,
    setAttribute: (name: string, value: string) => void attrs.set(name, value),
    getAttribute: (name: string) => attrs.get(name) ?? null,
    removeAttribute: (name: string) => void attrs.delete(name),
    hasAttribute: (name: string) => attrs.has(name),
    closest() {
      return this
    },
  }
}

/** Runs a shipped script with the given globals. */
const run = (code: string, globals: Record<string, unknown>) =>
  new Function(...Object.keys(globals), code)(...Object.values(globals))

describe('the page scripts as shipped (browser/bundled.ts)', () => {
  it('are exactly what the sources bundle to', async () => {
    expect(fs.readFileSync(OUTPUT_FILE, 'utf8')).toBe(await bundledSource())
    expect(Object.keys(bundled).sort()).toEqual(Object.keys(BROWSER_ENTRIES).sort())
  })

  it.each(Object.entries(bundled))('%s is small and safe to inline', (_, code) => {
    expect(code.length).toBeLessThan(2048)
    expect(code.toLowerCase()).not.toContain('</script')
  })

  it('pre-paint applies the stored text size and contrast, and survives bad storage', () => {
    const root = element()
    run(bundled.prePaint, {
      document: { documentElement: root },
      localStorage: storage({ [STORAGE_KEY]: '{"textScale":150,"contrast":"high"}' }),
    })
    expect(root.style.fontSize).toBe('150%')
    expect(root.getAttribute('data-contrast')).toBe('high')
    expect(root.hasAttribute('data-js')).toBe(true)
    const plain = element()
    run(bundled.prePaint, {
      document: { documentElement: plain },
      localStorage: storage({ [STORAGE_KEY]: '{' }),
    })
    expect(plain.style.fontSize).toBe('')
    expect(plain.hasAttribute('data-contrast')).toBe(false)
  })

  it('the display controls step the text size, store it and announce it', () => {
    const root = element()
    const status = element()
    const larger = element({ 'data-a11y': 'larger' })
    const high = element({ 'data-a11y': 'contrast-high' })
    let onClick: (event: { target: unknown }) => void = () => {}
    const store = storage()
    const script = element()
    script.dataset.messages = JSON.stringify({
      announceSize: 'Cỡ chữ {n}%',
      announceHigh: 'cao',
      announceNormal: 'thường',
    })
    run(bundled.displayControls, {
      document: {
        currentScript: script,
        documentElement: root,
        addEventListener: (_: string, handler: typeof onClick) => (onClick = handler),
        querySelectorAll: (selector: string) => (selector.includes('contrast-high') ? [high] : []),
        getElementById: () => status,
      },
      localStorage: store,
      window: { print: vi.fn() },
    })
    onClick({ target: larger })
    expect(root.style.fontSize).toBe('112.5%')
    expect(status.textContent).toBe('Cỡ chữ 112.5%')
    onClick({ target: high })
    expect(root.getAttribute('data-contrast')).toBe('high')
    expect(high.getAttribute('aria-pressed')).toBe('true')
    expect(JSON.parse(store.getItem(STORAGE_KEY)!)).toEqual({ textScale: 112.5, contrast: 'high' })
  })

  it.each([
    ['on its own host', null, '/tin-tuc/a', ''],
    ['under /don-vi/<slug>', '/don-vi/xa-a', '/don-vi/xa-a/tin-tuc/a', '/don-vi/xa-a'],
  ])(
    'the statistics script sends one beacon with the path and the automation signals, %s',
    async (_, base, pathname, prefix) => {
      const fetch = vi.fn(async () => ({ ok: true, json: async () => ({ online: 1234 }) }))
      const figure = element()
      const script = base === null ? null : element({ 'data-base': base })
      run(bundled.statsBeacon, {
        fetch,
        document: {
          querySelector: (selector: string) => (selector.includes('online') ? figure : null),
          getElementById: (id: string) => (id === 'ntm-stats' ? script : null),
        },
        location: { pathname },
        navigator: { webdriver: false, userAgent: 'Mozilla/5.0' },
        addEventListener: () => {},
      })
      await vi.waitFor(() => expect(figure.textContent).toBe('1.234'))
      const calls = fetch.mock.calls as unknown as [string, { body: string; method: string }][]
      const [url, init] = calls[0]
      expect(url).toBe(`${prefix}/api/stats/hit`)
      expect(init.method).toBe('POST')
      expect(JSON.parse(init.body)).toEqual({ path: pathname, webdriver: false, headless: false })
      expect(calls[1][0]).toBe(`${prefix}/api/stats`)
    },
  )
})
