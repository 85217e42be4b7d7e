import type { Metadata } from 'next'

import { t } from './i18n'
import { currentSite, here, type SiteParams, siteOf } from './sites/registry'

export { siteUrl } from './sites/installUrl'

const FEED_TYPES = [
  ['application/rss+xml', 'rss.xml'],
  ['application/atom+xml', 'atom.xml'],
  ['application/feed+json', 'feed.json'],
] as const

/**
 * `<link rel="alternate">` for the site's feeds on every page, and for the page's own feeds
 * (a category's, a commune's) where it has them. Paths as in lib/feeds/build.ts.
 */
export const feedAlternates = (own?: { path: string; name: string }) =>
  Object.fromEntries(
    FEED_TYPES.map(([type, file]) => [
      type,
      [
        { url: here(`/${file}`), title: t.site.defaultFeedTitle },
        ...(own ? [{ url: here(`${own.path}/${file}`), title: own.name }] : []),
      ],
    ]),
  )

/** Canonical URL (absolute, on the site's own origin), feeds and OpenGraph for a page of the site being rendered. */
export const pageMetadata = (args: {
  title: string
  path: string
  description?: string | null
  image?: string | null
  type?: 'website' | 'article'
  /** The page's own feeds (categories and communes have them). */
  feeds?: { path: string; name: string }
}): Metadata => ({
  title: args.title,
  description: args.description ?? undefined,
  alternates: { canonical: currentSite().links.absolute(args.path), types: feedAlternates(args.feeds) },
  openGraph: {
    title: args.title,
    description: args.description ?? undefined,
    url: currentSite().links.absolute(args.path),
    type: args.type ?? 'website',
    locale: 'vi_VN',
    images: args.image ? [{ url: args.image }] : undefined,
  },
})

/** `generateMetadata` for a page of a site whose metadata does not depend on its own parameters. */
export const sitePageMetadata =
  (args: Parameters<typeof pageMetadata>[0], extra: Metadata = {}) =>
  async ({ params }: SiteParams): Promise<Metadata> => {
    await siteOf(params)
    return { ...pageMetadata(args), ...extra }
  }
