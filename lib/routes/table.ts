import { match } from 'path-to-regexp'

import { routes } from './builders'

/**
 * What a path is, for everything that must know: the production server (what it rewrites, keeps,
 * limits or leaves alone), the visitor statistics (which paths count as page views), the sitemap
 * and robots.txt. One table; the rest is derived from it, and test/unit/routeTable.test.ts checks
 * that every route under app/ is in it and that every builder lands on its own row.
 *
 * - `page`: a readers' HTML page (sent without the client runtime; kept in memory when Next marks
 *   it shareable).
 * - `file`: feeds, calendars, sitemap, robots, OpenAPI, icons (kept when shareable, never rewritten).
 * - `api`, `graphql`: Payload's REST and GraphQL APIs (rate-limited; public reads kept).
 * - `stats`: the visitor statistics' endpoints, answered by the server layer itself.
 * - `jobs`, `media-file`: Payload endpoints the server calls on itself (job runner, Next's image
 *   optimiser): not rate-limited.
 * - `admin`, `preview`, `next-asset`: passed to Next untouched, never kept.
 * - `health`: liveness and readiness, answered by the server layer (server/health/) for every
 *   host, before sites are resolved.
 */
export type RouteKind =
  | 'page'
  | 'file'
  | 'api'
  | 'graphql'
  | 'stats'
  | 'jobs'
  | 'media-file'
  | 'admin'
  | 'preview'
  | 'next-asset'
  | 'health'

export type RouteEntry = {
  /** A path-to-regexp pattern over the decoded path (`:name` one segment, `*name` the rest). */
  pattern: string
  kind: RouteKind
  /** A page view of it counts in the visitor statistics. */
  counted?: boolean
  /** A page without parameters listed in the sitemap. */
  sitemap?: boolean
  /** Listed as `Disallow` in robots.txt (search results, previews, the API, the admin). */
  disallow?: boolean
  /**
   * Served once for the whole install, not per site (the icon): the server layer rewrites every
   * other `page` and `file` row to the site's pages inside Next (lib/sites/directory.ts).
   */
  installWide?: boolean
  /**
   * Rendered per request (Next never marks it shareable), yet an anonymous answer may be kept by
   * the server layer's memory like a static page's, until the content changes: the search page,
   * so a repeated identical search (a popular one, a crawler's) is answered from memory.
   */
  keptDynamic?: boolean
  /** Where it is served from: the app/ route file, or who answers it otherwise. */
  source: string
  /** A sample path made by its builder in lib/routes/builders.ts, checked to land on this row. */
  sample?: string
}

/** Where each site's pages live inside Next (the server layer rewrites to it). */
const SITE_APP = 'app/(frontend)/don-vi/[site]'

const page = (pattern: string, source: string, extra: Partial<RouteEntry> = {}): RouteEntry => ({
  pattern,
  kind: 'page',
  counted: true,
  source: `${SITE_APP}${source}/page.tsx`,
  ...extra,
})
const file = (pattern: string, source: string, sample?: string): RouteEntry => ({
  pattern,
  kind: 'file',
  source,
  sample,
})
const feeds = (base: string, source: string): RouteEntry[] =>
  ['rss.xml', 'atom.xml', 'feed.json'].map((name) =>
    file(`${base === '/' ? '' : base}/${name}`, `${SITE_APP}${source}/${name}/route.ts`),
  )

/** First match wins: specific rows before the catch-alls. */
export const ROUTE_TABLE: readonly RouteEntry[] = [
  page('/', '', { sitemap: true, sample: routes.home() }),
  page('/tin-tuc', '/tin-tuc', { sitemap: true, sample: routes.news() }),
  page('/tin-tuc/trang/:page', '/tin-tuc/trang/[page]', { sample: routes.news(2) }),
  page('/tin-tuc/:slug', '/tin-tuc/[slug]', { sample: routes.article('dong-bao-lang-son') }),
  ...feeds('/', ''),
  ...feeds('/chuyen-muc/:slug', '/chuyen-muc/[slug]'),
  page('/chuyen-muc/:slug', '/chuyen-muc/[slug]', { sample: routes.category('tin-tuc') }),
  page('/chuyen-muc/:slug/trang/:page', '/chuyen-muc/[slug]/trang/[page]', {
    sample: routes.category('tin-tuc', 3),
  }),
  ...feeds('/xa/:slug', '/xa/[slug]'),
  page('/xa', '/xa', { sitemap: true, sample: routes.communes() }),
  page('/xa/loc/:status', '/xa/loc/[status]', { sample: routes.communes('dat-chuan') }),
  page('/xa/:slug', '/xa/[slug]', { sample: routes.commune('cao-lau') }),
  page('/tieu-chi', '/tieu-chi', { sitemap: true, sample: routes.criteriaSets() }),
  page('/tieu-chi/bo/:set', '/tieu-chi/bo/[set]', { sample: routes.criteriaSets('qd-318') }),
  page('/tieu-chi/:slug', '/tieu-chi/[slug]', { sample: routes.criterion('giao-thong') }),
  file('/su-kien.ics', `${SITE_APP}/su-kien.ics/route.ts`, routes.eventsCalendar()),
  page('/su-kien', '/su-kien', { sitemap: true, sample: routes.events() }),
  file(
    '/su-kien/:slug/lich.ics',
    `${SITE_APP}/su-kien/[slug]/lich.ics/route.ts`,
    routes.eventCalendar('hoi-nghi'),
  ),
  page('/su-kien/:slug', '/su-kien/[slug]', { sample: routes.event('hoi-nghi') }),
  page('/tim-kiem', '/tim-kiem', {
    disallow: true,
    keptDynamic: true,
    sample: routes.search('cao lộc').split('?')[0],
  }),
  page('/lien-he', '/lien-he', { sitemap: true, sample: routes.contact() }),
  page('/doi-tac', '/doi-tac', { sitemap: true, sample: routes.partners() }),
  page('/khong-tim-thay', '/khong-tim-thay', { counted: false, disallow: true, sample: routes.notFound() }),
  file('/openapi.json', `${SITE_APP}/openapi.json/route.ts`, routes.openApi()),
  file('/sitemap.xml', `${SITE_APP}/sitemap.xml/route.ts`, routes.sitemap()),
  file('/sitemap-trang.xml', `${SITE_APP}/sitemap-trang.xml/route.ts`, routes.ownSitemap()),
  file('/sitemap/:part', `${SITE_APP}/sitemap/[part]/route.ts`, routes.sitemapPart('bai-viet-0.xml')),
  file('/robots.txt', `${SITE_APP}/robots.txt/route.ts`, routes.robots()),
  // Next names the icon after its content (`/icon-4usi79.svg`).
  { ...file('/icon{-:hash}.svg', 'app/(frontend)/icon.svg'), installWide: true },
  { pattern: '/xem-truoc', kind: 'preview', disallow: true, source: 'app/(frontend)/xem-truoc/route.ts' },
  { pattern: '/xem-truoc/thoat', kind: 'preview', source: 'app/(frontend)/xem-truoc/thoat/route.ts' },
  {
    pattern: '/admin',
    kind: 'admin',
    disallow: true,
    source: 'app/(payload)/admin/[[...segments]]/page.tsx',
  },
  { pattern: '/admin/*rest', kind: 'admin', source: 'app/(payload)/admin/[[...segments]]/page.tsx' },
  { pattern: '/api/stats', kind: 'stats', source: 'server/statsEndpoints.ts', sample: routes.statsSummary() },
  { pattern: '/api/stats/hit', kind: 'stats', source: 'server/statsEndpoints.ts', sample: routes.statsHit() },
  { pattern: '/api/graphql', kind: 'graphql', source: 'app/(payload)/api/graphql/route.ts' },
  {
    pattern: '/api/graphql-playground',
    kind: 'api',
    source: 'app/(payload)/api/graphql-playground/route.ts',
  },
  { pattern: '/api/payload-jobs/*rest', kind: 'jobs', source: 'app/(payload)/api/[...slug]/route.ts' },
  { pattern: '/api/media/file/*rest', kind: 'media-file', source: 'app/(payload)/api/[...slug]/route.ts' },
  { pattern: '/api', kind: 'api', disallow: true, source: 'app/(payload)/api/[...slug]/route.ts' },
  { pattern: '/api/*rest', kind: 'api', source: 'app/(payload)/api/[...slug]/route.ts' },
  { pattern: '/_next/*rest', kind: 'next-asset', source: 'next' },
  { pattern: '/healthz', kind: 'health', source: 'server/health/index.ts' },
  { pattern: '/readyz', kind: 'health', source: 'server/health/index.ts' },
  // Anything else is a readers' 404 page, rendered by the catch-all and never counted.
  page('/*rest', '/[...notFound]', { counted: false }),
]

const matchers = ROUTE_TABLE.map((entry) => ({ entry, test: match(entry.pattern, { decode: false }) }))

/** The row of a decoded, normalised path (server/requestTarget.ts makes it). Always one: the last row matches all. */
export const routeOf = (pathname: string): RouteEntry => {
  for (const { entry, test } of matchers) if (test(pathname)) return entry
  return ROUTE_TABLE[ROUTE_TABLE.length - 1]
}

/** A row the server layer serves per site, from that site's pages inside Next. */
export const isPerSite = (entry: RouteEntry): boolean =>
  (entry.kind === 'page' || entry.kind === 'file') && !entry.installWide

/** The readers' 404 row (the catch-all). */
export const NOT_FOUND_ROUTE = ROUTE_TABLE[ROUTE_TABLE.length - 1]

/** The path as counted in the statistics (no query, no trailing slash), or null when it is not counted. */
export const countablePath = (raw: string): string | null => {
  const path = raw.split(/[?#]/)[0].replace(/(.)\/+$/, '$1')
  if (!path.startsWith('/')) return null
  return routeOf(path).counted ? path : null
}

/** Pages without parameters that the sitemap lists. */
export const sitemapPages = (): string[] =>
  ROUTE_TABLE.filter((entry) => entry.sitemap && !/[:*]/.test(entry.pattern)).map((entry) => entry.pattern)

/** robots.txt's `Disallow` lines: each disallowed row's fixed prefix (`/api/` for the API). */
export const disallowedPrefixes = (): string[] =>
  ROUTE_TABLE.filter((entry) => entry.disallow).map((entry) =>
    entry.kind === 'api' ? `${entry.pattern}/` : entry.pattern,
  )
