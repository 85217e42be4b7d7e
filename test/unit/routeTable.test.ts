import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { countablePath, disallowedPrefixes, ROUTE_TABLE, routeOf, sitemapPages } from '../../lib/routes'

/** Every route file under app/: pages, route handlers, metadata routes and files. */
const appRoutes = (): string[] => {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (
        /^(page|route)\.tsx?$/.test(entry.name) ||
        /^(sitemap|robots)\.ts$/.test(entry.name) ||
        entry.name === 'icon.svg'
      )
        found.push(full)
    }
  }
  walk('app')
  return found.sort()
}

describe('the route table (lib/routes/table.ts)', () => {
  it('has a row for every route under app/, and every row names a file that exists', () => {
    const sources = new Set(ROUTE_TABLE.map((entry) => entry.source))
    for (const file of appRoutes()) {
      // The 404 page body and the admin's not-found are served by rows of their parent.
      if (file.endsWith('not-found.tsx')) continue
      expect(sources.has(file), `${file} has no row`).toBe(true)
    }
    for (const entry of ROUTE_TABLE) {
      if (entry.source.startsWith('app/')) expect(fs.existsSync(entry.source), entry.source).toBe(true)
    }
  })

  it('every builder lands on its own row', () => {
    for (const entry of ROUTE_TABLE.filter((row) => row.sample)) {
      expect(routeOf(entry.sample as string), entry.sample).toBe(entry)
    }
  })

  it('classifies what the server must treat differently', () => {
    expect(routeOf('/api/stats/hit').kind).toBe('stats')
    expect(routeOf('/api/stats-counters').kind).toBe('api')
    expect(routeOf('/api/media/file/a.jpg').kind).toBe('media-file')
    expect(routeOf('/api/graphql').kind).toBe('graphql')
    expect(routeOf('/admin/collections/articles').kind).toBe('admin')
    expect(routeOf('/_next/static/x.js').kind).toBe('next-asset')
    expect(routeOf('/xa/cao-lau/rss.xml').kind).toBe('file')
    expect(routeOf('/khong-co-trang-nay').kind).toBe('page')
  })

  it('derives the counted pages: every readers’ page, /doi-tac included, nothing else', () => {
    expect(countablePath('/doi-tac')).toBe('/doi-tac')
    expect(countablePath('/tin-tuc/abc/')).toBe('/tin-tuc/abc')
    expect(countablePath('/tim-kiem?q=x')).toBe('/tim-kiem')
    for (const path of ['/api/articles', '/admin', '/rss.xml', '/khong-tim-thay', '/made/up/path', 'x'])
      expect(countablePath(path), path).toBeNull()
  })

  it('derives the sitemap’s fixed pages and robots.txt', () => {
    expect(sitemapPages()).toEqual(['/', '/tin-tuc', '/xa', '/tieu-chi', '/su-kien', '/lien-he', '/doi-tac'])
    expect(disallowedPrefixes()).toEqual(['/tim-kiem', '/khong-tim-thay', '/xem-truoc', '/admin', '/api/'])
  })
})
