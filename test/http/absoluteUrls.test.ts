import { describe, expect, inject, it } from 'vitest'

import { request } from '../helpers/http'
import { sitemapPages } from '../helpers/sitemaps'

/**
 * Every absolute link the portal prints (canonical and OpenGraph URLs, sitemaps, robots, feeds and
 * their enclosures, calendar URLs and UIDs, OpenAPI `servers`, media URLs for partners) is on the
 * configured public origin. The suite serves on a free port, never 3000, with SERVER_URL on it
 * (test/http/globalSetup.ts), so a link made from a default or from the bind address shows.
 */
const origin = new URL(inject('serverEnv').SERVER_URL).origin
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/

/** The absolute http(s) URLs in a text, JSON's escaped slashes included. */
const absoluteUrls = (text: string): string[] =>
  [...text.replaceAll('\\/', '/').matchAll(/https?:\/\/[^\s"'<>\\)]+/g)].map((match) => match[0])

/** Loopback URLs that are not on the public origin: links made from a default or the socket. */
const strays = (text: string) =>
  absoluteUrls(text).filter((url) => {
    const parsed = new URL(url.replace(/&amp;/g, '&'))
    return LOOPBACK.test(parsed.hostname) && parsed.origin !== origin
  })

/** A path of the portal from one of its absolute URLs. */
const pathOf = (url: string) => {
  const parsed = new URL(url)
  return parsed.pathname + parsed.search
}

const FIXED = [
  '/',
  '/robots.txt',
  '/sitemap.xml',
  '/rss.xml',
  '/atom.xml',
  '/feed.json',
  '/su-kien.ics',
  '/openapi.json',
  '/tim-kiem?q=cao+loc',
  '/api/articles?limit=5&depth=1',
  '/api/media?limit=5',
  '/api/events?limit=5',
]

describe('absolute URLs', () => {
  it('the suite serves on a port of its own, not the default', () => {
    expect(new URL(origin).port).not.toBe('3000')
  })

  it.each(FIXED)('%s prints only the public origin', async (path) => {
    const { status, text } = await request(path)
    expect(status, path).toBe(200)
    expect(strays(text), path).toEqual([])
  })

  it('every page, sitemap and calendar in the sitemaps is on the public origin, and links only there', async () => {
    const found = await sitemapPages(`${origin}/sitemap.xml`, async (url) => {
      expect(new URL(url).origin).toBe(origin)
      return (await request(pathOf(url))).text
    })
    // The index, the fixed pages and at least one part of documents.
    expect(found.sitemaps.some((url) => url.includes('/sitemap/bai-viet-'))).toBe(true)
    const pages = new Set(found.pages)
    expect(pages.size).toBeGreaterThan(10)
    for (const page of pages) {
      expect(new URL(page).origin, page).toBe(origin)
      const { status, text } = await request(pathOf(page))
      expect(status, page).toBe(200)
      expect(strays(text), page).toEqual([])
      const canonical = text.match(/<link rel="canonical" href="([^"]+)"/)?.[1]
      expect(canonical && new URL(canonical).href, page).toBe(new URL(page).href)
      const ogUrl = text.match(/<meta property="og:url" content="([^"]+)"/)?.[1]
      if (ogUrl) expect(new URL(ogUrl).origin, page).toBe(origin)
    }
  })

  it('partners get absolute media URLs on the public origin, every size included', async () => {
    const { body } = await request('/api/media?limit=3')
    expect(body.docs.length).toBeGreaterThan(0)
    for (const media of body.docs) {
      expect(media.url).toMatch(new RegExp(`^${origin}/api/media/file/`))
      for (const size of Object.values(media.sizes ?? {}) as { url?: string | null }[]) {
        if (size?.url) expect(size.url.startsWith(`${origin}/`)).toBe(true)
      }
      const file = await request(pathOf(media.url))
      expect(file.status).toBe(200)
    }
  })

  it('calendar UIDs and URLs name the public host', async () => {
    const { text } = await request('/su-kien.ics')
    const urls = [...text.matchAll(/^URL(?:;[^:]*)?:(.+)$/gm)].map((match) => match[1].trim())
    expect(urls.length).toBeGreaterThan(0)
    for (const url of urls) expect(new URL(url).origin).toBe(origin)
    for (const [, uid] of text.matchAll(/^UID:(.+)$/gm)) expect(uid).toContain(new URL(origin).hostname)
  })
})
