import type { Payload, Where } from 'payload'

import { compareVietnamese } from '../vi/collate'
import { relationId } from '../relations'

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
  /**
   * The commune the site speaks for, from the shared registry, while it is a current unit (a
   * unit dissolved in the merger has a `validTo` in the past): its status and criteria met.
   */
  commune: { name: string; slug: string; status: string; met: number; total: number } | null
  /** Visits this month, from the visitor statistics (null when they cannot be read). */
  visitsThisMonth: number | null
}

export type SiteRollup = {
  sites: SiteActivity[]
  totalRecentArticles: number
  /** The sum of the sites' visits this month (the province's figure counts the same rows). */
  totalVisitsThisMonth: number
}

type CommuneRow = {
  name: string
  slug: string
  status: string
  progress?: { ntmMet?: number | null; total?: number | null } | null
  history?: { validTo?: string | null } | null
}

/** A registry entry that still names a unit at `now` (dissolved units keep a `validTo` in the past). */
export const isCurrentUnit = (commune: Pick<CommuneRow, 'history'>, now: Date): boolean =>
  !commune.history?.validTo || new Date(commune.history.validTo) > now

/**
 * Each site's activity, for the province's roll-up (the admin's panel and the province's home
 * page): recent articles and the last publication, counted in the database per site, the current
 * commune it speaks for, and its visits this month, with the province's totals as their sums. Sites are ordered by Vietnamese collation; archived sites come
 * last.
 */
export const siteActivity = async (
  payload: Payload,
  now = new Date(),
  /** A site's visits this month (lib/stats: `readSummary(siteKey(site))`). */
  visitsOf: (siteId: number | string) => Promise<number | null> = async () => null,
): Promise<SiteRollup> => {
  const since = new Date(now.getTime() - ACTIVITY_DAYS * 24 * 60 * 60 * 1000).toISOString()
  const { docs } = await payload.find({
    collection: 'tenants',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true, kind: true, archivedFrom: true, commune: true },
  })
  const sites = await Promise.all(
    docs.map(async (site): Promise<SiteActivity> => {
      const published: Where = {
        and: [{ tenant: { equals: site.id } }, { _status: { equals: 'published' } }],
      }
      const communeId = relationId(site.commune)
      const [recent, newest, communes, visitsThisMonth] = await Promise.all([
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
        communeId === undefined
          ? Promise.resolve({ docs: [] as CommuneRow[] })
          : payload.find({
              collection: 'communes',
              overrideAccess: true,
              where: { id: { equals: communeId } },
              limit: 1,
              // Whole: `progress.total` is computed after reading and comes out 0 under `select`.
              depth: 0,
            }),
        visitsOf(site.id),
      ])
      const commune = (communes.docs[0] as CommuneRow | undefined) ?? null
      return {
        id: site.id,
        name: site.name,
        kind: site.kind,
        archived: Boolean(site.archivedFrom && new Date(site.archivedFrom) <= now),
        recentArticles: recent.totalDocs,
        lastPublished: newest.docs[0]?.publishedAt ?? null,
        commune:
          commune && isCurrentUnit(commune, now)
            ? {
                name: commune.name,
                slug: commune.slug,
                status: commune.status,
                met: commune.progress?.ntmMet ?? 0,
                total: commune.progress?.total ?? 0,
              }
            : null,
        visitsThisMonth,
      }
    }),
  )
  sites.sort((a, b) => Number(a.archived) - Number(b.archived) || compareVietnamese(a.name, b.name))
  return {
    sites,
    totalRecentArticles: sites.reduce((sum, site) => sum + site.recentArticles, 0),
    totalVisitsThisMonth: sites.reduce((sum, site) => sum + (site.visitsThisMonth ?? 0), 0),
  }
}
