/**
 * A site's documents in sitemap parts small enough to cache and quick to make: each part is one
 * collection's documents whose ids fall in one range of PART_SIZE (`bai-viet-2.xml`: articles
 * 10,000–14,999), read by primary key, so no part grows with the content and none needs a sort.
 */
export const SITEMAP_COLLECTIONS = {
  articles: 'bai-viet',
  events: 'su-kien',
  categories: 'chuyen-muc',
  communes: 'xa',
  criteria: 'tieu-chi',
} as const

export type SitemapCollection = keyof typeof SITEMAP_COLLECTIONS

/**
 * Ids per part: 2,000 (SITEMAP_PART_SIZE changes it, for tests). At most that many URLs, far under
 * 50,000; a part is made through Payload's reads at ~50 µs a document here, so 2,000 take ~100 ms
 * (5,000 took 230–320 ms on 2 cores).
 */
export const partSize = (): number => {
  const size = Number(process.env.SITEMAP_PART_SIZE)
  return Number.isInteger(size) && size > 0 ? size : 2000
}

export type SitemapPart = { collection: SitemapCollection; index: number }

export const partName = ({ collection, index }: SitemapPart): string =>
  `${SITEMAP_COLLECTIONS[collection]}-${index}.xml`

export const parsePartName = (name: string): SitemapPart | null => {
  const match = /^([a-z-]+)-(\d{1,7})\.xml$/.exec(name)
  if (!match) return null
  const collection = (Object.keys(SITEMAP_COLLECTIONS) as SitemapCollection[]).find(
    (key) => SITEMAP_COLLECTIONS[key] === match[1],
  )
  return collection ? { collection, index: Number(match[2]) } : null
}

/** The ids a part covers: [from, to). */
export const partRange = (index: number): [number, number] => [index * partSize(), (index + 1) * partSize()]
