import type { Payload, Where } from 'payload'

/** Activity counted over this many days. */
export const ACTIVITY_DAYS = 30

export type SiteActivity = {
  id: number | string
  name: string
  kind: string
  archived: boolean
  /** Articles published on the site in the last ACTIVITY_DAYS days. */
  recentArticles: number
  /** When the site last published an article (null: never). */
  lastPublished: string | null
}

const byVietnameseName = new Intl.Collator('vi')

/**
 * Each site's activity, for the province's roll-up: recent articles and the last publication,
 * counted in the database per site (one count and one newest-article read per site), with the
 * province's total as their sum. Sites are ordered by Vietnamese collation; archived sites come
 * last.
 */
export const siteActivity = async (
  payload: Payload,
  now = new Date(),
): Promise<{ sites: SiteActivity[]; totalRecentArticles: number }> => {
  const since = new Date(now.getTime() - ACTIVITY_DAYS * 24 * 60 * 60 * 1000).toISOString()
  const { docs } = await payload.find({
    collection: 'tenants',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true, kind: true, archivedFrom: true },
  })
  const sites = await Promise.all(
    docs.map(async (site): Promise<SiteActivity> => {
      const published: Where = {
        and: [{ tenant: { equals: site.id } }, { _status: { equals: 'published' } }],
      }
      const [recent, newest] = await Promise.all([
        payload.count({
          collection: 'articles',
          overrideAccess: true,
          where: { and: [published, { publishedAt: { greater_than_equal: since } }] },
        }),
        payload.find({
          collection: 'articles',
          overrideAccess: true,
          where: published,
          sort: '-publishedAt',
          limit: 1,
          depth: 0,
          select: { publishedAt: true },
        }),
      ])
      return {
        id: site.id,
        name: site.name,
        kind: site.kind,
        archived: Boolean(site.archivedFrom && new Date(site.archivedFrom) <= now),
        recentArticles: recent.totalDocs,
        lastPublished: newest.docs[0]?.publishedAt ?? null,
      }
    }),
  )
  sites.sort((a, b) => Number(a.archived) - Number(b.archived) || byVietnameseName.compare(a.name, b.name))
  return { sites, totalRecentArticles: sites.reduce((sum, site) => sum + site.recentArticles, 0) }
}
