import type { Metadata } from 'next'

import { t } from './i18n'

/** The public origin: SERVER_URL in production, localhost otherwise. */
export const siteUrl = (): URL => new URL(process.env.SERVER_URL || 'http://localhost:3000')

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
        { url: `/${file}`, title: t.site.defaultFeedTitle },
        ...(own ? [{ url: `${own.path}/${file}`, title: own.name }] : []),
      ],
    ]),
  )

/** Canonical URL, feeds and OpenGraph for a page. */
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
  alternates: { canonical: args.path, types: feedAlternates(args.feeds) },
  openGraph: {
    title: args.title,
    description: args.description ?? undefined,
    url: args.path,
    type: args.type ?? 'website',
    locale: 'vi_VN',
    images: args.image ? [{ url: args.image }] : undefined,
  },
})
