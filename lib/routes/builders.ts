import { statsPaths } from './statsPaths'

/** Public URLs. These paths are a contract: feeds and partner sites link to them. */
export const routes = {
  home: () => '/',
  news: (page = 1) => (page > 1 ? `/tin-tuc/trang/${page}` : '/tin-tuc'),
  communes: (status?: string) => (status ? `/xa/loc/${encodeURIComponent(status)}` : '/xa'),
  criteriaSets: (setSlug?: string) => (setSlug ? `/tieu-chi/bo/${encodeURIComponent(setSlug)}` : '/tieu-chi'),
  events: () => '/su-kien',
  search: (query?: string) => (query ? `/tim-kiem?q=${encodeURIComponent(query)}` : '/tim-kiem'),
  contact: () => '/lien-he',
  partners: () => '/doi-tac',
  article: (slug: string) => `/tin-tuc/${encodeURIComponent(slug)}`,
  category: (slug: string, page = 1) =>
    page > 1
      ? `/chuyen-muc/${encodeURIComponent(slug)}/trang/${page}`
      : `/chuyen-muc/${encodeURIComponent(slug)}`,
  commune: (slug: string) => `/xa/${encodeURIComponent(slug)}`,
  criterion: (slug: string) => `/tieu-chi/${encodeURIComponent(slug)}`,
  event: (slug: string) => `/su-kien/${encodeURIComponent(slug)}`,
  eventCalendar: (slug: string) => `/su-kien/${encodeURIComponent(slug)}/lich.ics`,
  eventsCalendar: () => '/su-kien.ics',
  notFound: () => '/khong-tim-thay',
  openApi: () => '/openapi.json',
  sitemap: () => '/sitemap.xml',
  /** A site's fixed pages; its `/sitemap.xml` is an index of it, its parts and (the province's) the other sites'. */
  ownSitemap: () => '/sitemap-trang.xml',
  /** One part of a site's documents (`bai-viet-0.xml`: articles with ids 0 to 4,999…). */
  sitemapPart: (name: string) => `/sitemap/${encodeURIComponent(name)}`,
  robots: () => '/robots.txt',
  statsHit: statsPaths.hit,
  statsSummary: statsPaths.summary,
} as const

const collectionRoute: Record<string, (slug: string) => string> = {
  // Wrapped so that optional second arguments (page numbers) are never passed by accident.
  articles: routes.article,
  categories: (slug) => routes.category(slug),
  communes: routes.commune,
  criteria: routes.criterion,
  events: routes.event,
}

/** The public page of a document, when its collection has one. */
export const documentPath = (collection: string, slug: string | null | undefined): string | undefined =>
  slug && collectionRoute[collection] ? collectionRoute[collection](slug) : undefined

/**
 * An href that is safe to render: http(s), mailto, tel, or a path on this site. Anything else
 * (`javascript:`, `data:`, `vbscript:`) becomes undefined and is rendered as plain text.
 */
export const safeHref = (value: string | null | undefined): string | undefined => {
  if (!value) return undefined
  const trimmed = value.trim()
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed
  if (trimmed.startsWith('#')) return trimmed
  try {
    const url = new URL(trimmed)
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : undefined
  } catch {
    return undefined
  }
}
