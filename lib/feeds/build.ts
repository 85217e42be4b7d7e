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

/**
 * The registered type of an image (RFC 2046 names `image/jpeg`; `image/jpg`, which some uploads
 * report, is not a type and readers drop the enclosure).
 */
const imageType = (type: string | null | undefined): string =>
  !type ? 'image/jpeg' : type === 'image/jpg' || type === 'image/pjpeg' ? 'image/jpeg' : type

/**
 * Plain text (titles, summaries) as RSS and Atom carry it: the `feed` library marks Atom's
 * entry titles and summaries `type="html"` and readers treat RSS titles as HTML, so the text is
 * escaped once to stay text (`<img …>` in a title is shown, never drawn). JSON Feed's `title` is
 * plain text by its spec, so it takes the text as it is (jsonFeed11 below).
 */
const PLAIN_TITLES = new WeakMap<Item, string>()

const itemOf = (article: Article, origin: URL, pageUrl: PageUrl): Item => {
  const link = pageUrl(routes.article(article.slug), relationId(article.tenant))
  const cover = coverOf(article)
  const card = cover?.sizes?.card?.url ? cover.sizes.card : null
  const date = new Date(article.publishedAt ?? article.updatedAt)
  const category = typeof article.category === 'object' && article.category ? article.category : null
  const item: Item = {
    title: escapeHTML(article.title),
    id: link,
    link,
    date: new Date(article.updatedAt),
    published: date,
    description: article.summary ? escapeHTML(article.summary) : undefined,
    content: contentHtml(article, origin, pageUrl),
    author: article.byline ? [{ name: article.byline }] : undefined,
    // Atom needs `term` (the slug); the name is RSS's text and Atom's label.
    category: category ? [{ name: category.name, term: category.slug }] : undefined,
    // No title: RSS's enclosure has none, and the library writes it unescaped.
    enclosure: cover?.url
      ? {
          url: absolute(card?.url ?? cover.url, origin),
          type: imageType(card ? card.mimeType : cover.mimeType),
          length: (card ? card.filesize : cover.filesize) ?? 0,
        }
      : undefined,
  }
  PLAIN_TITLES.set(item, article.title)
  return item
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
  title?: string
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
    const plain = source && PLAIN_TITLES.get(source)
    if (plain !== undefined) item.title = plain
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

/**
 * Atom as the library writes it, with three repairs: the language on the root element (it has no
 * option for it; RSS has `<language>`); category labels the library would leave malformed (it
 * does not escape `<` in attribute values): such a category keeps its `term` only; and the
 * enclosure's type, which it derives from the file's extension (`.jpg` → `image/jpg`, not a type).
 */
const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">'
const atom = (feed: Feed): string => {
  const items = feed.items.map((item) => ({
    ...item,
    category: item.category?.map((category) =>
      category.name?.includes('<') ? { ...category, name: undefined } : category,
    ),
  }))
  const xml = Object.assign(Object.create(Object.getPrototypeOf(feed) as object) as Feed, feed, {
    items,
  }).atom1()
  if (!xml.includes(ATOM_ROOT)) throw new Error('feed: unexpected Atom root element')
  return xml
    .replace(ATOM_ROOT, '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">')
    .replace(/(<link rel="enclosure"[^>]*? type=")image\/jpg"/g, '$1image/jpeg"')
}

export const renderFeed = (feed: Feed, format: FeedFormat): string =>
  format === 'rss' ? feed.rss2() : format === 'atom' ? atom(feed) : jsonFeed11(feed)
