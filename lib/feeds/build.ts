import escapeHTML from 'escape-html'
import { Feed, type Item } from 'feed'

import { t } from '../i18n'
import type { Article, Media, SiteSetting } from '../../payload-types'
import { routes, safeHref } from '../routes'
import { articleBodyHtml } from './html'
import { relationId } from '../relations'
import type { PageUrl } from './html'

export type FeedFormat = 'rss' | 'atom' | 'json'

export const FEED_FILES: Record<FeedFormat, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' }

export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

/** The feeds of a page: `/rss.xml`… for the home page, `/xa/cao-lau/rss.xml`… for a commune. */
export const feedPath = (pagePath: string, format: FeedFormat): string =>
  `${pagePath === '/' ? '' : pagePath}/${FEED_FILES[format]}`

const absolute = (path: string, origin: URL) => new URL(path, origin).href

const coverOf = (article: Article): Media | null => (typeof article.cover === 'object' ? article.cover : null)

/** Summary, body and the "Nguồn" credit, as the article page shows them. */
const contentHtml = (article: Article, origin: URL, pageUrl: PageUrl): string => {
  const parts: string[] = []
  if (article.summary) parts.push(`<p><strong>${escapeHTML(article.summary)}</strong></p>`)
  parts.push(articleBodyHtml(article.body, origin, pageUrl))
  const source = article.source
  if (source?.name) {
    const href = safeHref(source.url)
    const name = escapeHTML(source.name)
    parts.push(
      `<p>${escapeHTML(t.site.source)}: ${href ? `<a href="${escapeHTML(href)}">${name}</a>` : name}</p>`,
    )
  }
  return parts.join('')
}

const itemOf = (article: Article, origin: URL, pageUrl: PageUrl): Item => {
  const link = pageUrl(routes.article(article.slug), relationId(article.tenant))
  const cover = coverOf(article)
  const date = new Date(article.publishedAt ?? article.updatedAt)
  return {
    title: article.title,
    id: link,
    link,
    date: new Date(article.updatedAt),
    published: date,
    description: article.summary ?? undefined,
    content: contentHtml(article, origin, pageUrl),
    author: article.byline ? [{ name: article.byline }] : undefined,
    category:
      typeof article.category === 'object' && article.category
        ? [{ name: article.category.name }]
        : undefined,
    enclosure: cover?.url
      ? {
          url: absolute(cover.sizes?.card?.url ?? cover.url, origin),
          type: cover.mimeType ?? 'image/jpeg',
          length: cover.sizes?.card?.filesize ?? cover.filesize ?? 0,
          title: cover.alt,
        }
      : undefined,
  }
}

export type FeedInput = {
  /** The page the feed follows ("/" or "/xa/cao-lau"), and its name for the feed's title. */
  pagePath: string
  name?: string
  articles: Article[]
  settings: Pick<SiteSetting, 'portalName' | 'agency'>
  /** The site's origin (media, icon). */
  origin: URL
  /** The absolute URL of a page of the feed's site, or of the site `siteId` (an article's own). */
  pageUrl: PageUrl
}

/** One feed in the three formats, built with the `feed` library. */
export const buildFeed = ({ pagePath, name, articles, settings, origin, pageUrl }: FeedInput): Feed => {
  const portal = settings.portalName || t.site.defaultName
  const page = pageUrl(pagePath)
  const feed = new Feed({
    title: name ? `${name} — ${portal}` : portal,
    description: settings.agency ?? portal,
    id: page,
    link: page,
    language: 'vi',
    updated: articles[0] ? new Date(articles[0].updatedAt) : new Date(0),
    generator: 'NTM Portal',
    copyright: settings.agency ?? portal,
    favicon: absolute('/icon.svg', origin),
    feedLinks: {
      rss: pageUrl(feedPath(pagePath, 'rss')),
      atom: pageUrl(feedPath(pagePath, 'atom')),
      json: pageUrl(feedPath(pagePath, 'json')),
    },
    author: { name: settings.agency ?? portal, link: pageUrl(routes.contact()) },
  })
  for (const article of articles) feed.addItem(itemOf(article, origin, pageUrl))
  return feed
}

type JsonFeedItem = {
  id: string
  author?: unknown
  authors?: unknown[]
  image?: string
  attachments?: unknown[]
}

/**
 * JSON Feed 1.1 from the library's 1.0 output: the version URL, `authors` arrays instead of
 * `author`, the language, and the cover as the item's image and attachment.
 */
const jsonFeed11 = (feed: Feed): string => {
  const json = JSON.parse(feed.json1()) as Record<string, unknown> & {
    items: JsonFeedItem[]
    author?: unknown
  }
  json.version = 'https://jsonfeed.org/version/1.1'
  json.language = 'vi'
  if (json.author) json.authors = [json.author]
  delete json.author
  json.items.forEach((item, index) => {
    const source = feed.items[index]
    if (item.author) item.authors = Array.isArray(item.author) ? item.author : [item.author]
    delete item.author
    if (source?.enclosure) {
      item.image = source.enclosure.url
      item.attachments = [
        {
          url: source.enclosure.url,
          mime_type: source.enclosure.type,
          size_in_bytes: source.enclosure.length,
        },
      ]
    }
  })
  return JSON.stringify(json)
}

export const renderFeed = (feed: Feed, format: FeedFormat): string =>
  format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : jsonFeed11(feed)
