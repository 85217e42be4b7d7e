import { t } from '../i18n'
import { feedArticles, type FeedScope } from '../queries/feeds'
import { categoryBySlug } from '../queries/categories'
import { communeBySlug } from '../queries/programme'
import { routes } from '../routes'
import { siteIdentity } from '../sites/identity'
import { pageUrlOf, routeSite, type SiteContext } from '../sites/registry'
import { buildFeed, FEED_TYPES, type FeedFormat, renderFeed } from './build'

export type FeedTarget =
  { kind: 'all' } | { kind: 'category'; slug: string } | { kind: 'commune'; slug: string }

/** How a category or commune feed finds what it covers, and the page it belongs to. */
const SCOPED = {
  category: { find: categoryBySlug, pagePath: routes.category },
  commune: { find: communeBySlug, pagePath: routes.commune },
} as const

/** What a feed URL covers, or null when its category or commune does not exist (404). */
const resolve = async (
  target: FeedTarget,
): Promise<{ scope: FeedScope; pagePath: string; name?: string } | null> => {
  if (target.kind === 'all') return { scope: { kind: 'all' }, pagePath: routes.home() }
  const { find, pagePath } = SCOPED[target.kind]
  const found = await find(target.slug)
  return found
    ? { scope: { kind: target.kind, id: found.id }, pagePath: pagePath(found.slug), name: found.name }
    : null
}

const notFound = () =>
  new Response(t.site.notFoundTitle, {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })

/** A feed of one site (its articles; the province's: every site's), or 404 with a message in Vietnamese. */
export const feedResponse = async (
  site: SiteContext | null,
  format: FeedFormat,
  target: FeedTarget,
): Promise<Response> => {
  const resolved = site ? await resolve(target) : null
  if (!site || !resolved) return notFound()
  const [articles, identity] = await Promise.all([
    feedArticles(site.scope, resolved.scope),
    siteIdentity(site),
  ])
  const feed = buildFeed({
    ...resolved,
    articles,
    settings: { portalName: identity.name, agency: identity.agency },
    origin: new URL(site.links.absolute('/')),
    pageUrl: pageUrlOf(site),
  })
  return new Response(renderFeed(feed, format), {
    headers: { 'content-type': FEED_TYPES[format], 'cache-control': 'public, max-age=60' },
  })
}

type SiteParams = { params: Promise<{ site: string }> }
type SlugParams = { params: Promise<{ site: string; slug: string }> }

/** The GET handler of a site's own feed (`/rss.xml`…). */
export const siteFeedRoute =
  (format: FeedFormat) =>
  async (_request: Request, { params }: SiteParams): Promise<Response> =>
    feedResponse(await routeSite(params), format, { kind: 'all' })

/** The GET handler of a feed route under /chuyen-muc/[slug]/ or /xa/[slug]/. */
export const scopedFeedRoute =
  (format: FeedFormat, kind: 'category' | 'commune') =>
  async (_request: Request, { params }: SlugParams): Promise<Response> =>
    feedResponse(await routeSite(params), format, { kind, slug: decodeURIComponent((await params).slug) })
