import type { Payload, Where } from 'payload'

import { routes } from '../routes'
import { ALL_SITES } from '../sites'
import { vnDayKey } from './time'

const DAY_MS = 24 * 60 * 60 * 1000

/** The rows of one site, of several (an editor of some sites), or every site's for ALL_SITES. */
export type StatsSites = string | string[]
const siteWhere = (site: StatsSites): Where =>
  site === ALL_SITES ? {} : Array.isArray(site) ? { site: { in: site } } : { site: { equals: site } }

export type DailyRow = { day: string; visits: number; pageViews: number }
export type Filtered = { bots: number; rateLimited: number; declined: number; ignored: number }
export type MostRead = { path: string; views: number; title: string | null; id: number | string | null }

/** The last `days` Việt Nam days, oldest first. */
export const lastDays = (now: number, days: number): string[] =>
  Array.from({ length: days }, (_, index) => vnDayKey(new Date(now - (days - 1 - index) * DAY_MS)))

/** Daily visits and page views for the dashboard chart, and what was filtered out meanwhile. */
export const dailyFigures = async (
  payload: Payload,
  now: number,
  days = 30,
  site: StatsSites = ALL_SITES,
): Promise<{ rows: DailyRow[]; filtered: Filtered }> => {
  const keys = lastDays(now, days)
  const { docs } = await payload.find({
    collection: 'stats-counters',
    where: { and: [siteWhere(site), { period: { in: keys } }] },
    pagination: false,
    overrideAccess: true,
  })
  // One row per site and day: ALL_SITES adds them up.
  const byDay = new Map<string, { visits: number; pageViews: number }>()
  for (const doc of docs) {
    const day = byDay.get(doc.period) ?? { visits: 0, pageViews: 0 }
    day.visits += doc.visits
    day.pageViews += doc.pageViews
    byDay.set(doc.period, day)
  }
  const filtered: Filtered = { bots: 0, rateLimited: 0, declined: 0, ignored: 0 }
  for (const doc of docs) {
    filtered.bots += doc.bots
    filtered.rateLimited += doc.rateLimited
    filtered.declined += doc.declined
    filtered.ignored += doc.ignored
  }
  return {
    rows: keys.map((day) => ({
      day,
      visits: byDay.get(day)?.visits ?? 0,
      pageViews: byDay.get(day)?.pageViews ?? 0,
    })),
    filtered,
  }
}

const ARTICLE_PATH = /^\/tin-tuc\/(?!trang\/)([^/]+)$/

/** The articles with the most page views over the last `days` days, with their titles. */
export const mostReadArticles = async (
  payload: Payload,
  now: number,
  days = 30,
  count = 10,
  site: StatsSites = ALL_SITES,
): Promise<MostRead[]> => {
  const since = lastDays(now, days)[0]
  const { docs } = await payload.find({
    collection: 'stats-pages',
    where: {
      and: [siteWhere(site), { day: { greater_than_equal: since } }, { path: { like: '/tin-tuc/' } }],
    },
    pagination: false,
    limit: 0,
    overrideAccess: true,
  })
  const views = new Map<string, number>()
  for (const doc of docs) {
    const slug = ARTICLE_PATH.exec(doc.path)?.[1]
    if (slug) views.set(slug, (views.get(slug) ?? 0) + doc.views)
  }
  const top = [...views].sort((a, b) => b[1] - a[1]).slice(0, count)
  if (!top.length) return []
  const { docs: articles } = await payload.find({
    collection: 'articles',
    where: { slug: { in: top.map(([slug]) => decodeURIComponent(slug)) } },
    select: { title: true, slug: true },
    pagination: false,
    limit: count,
    overrideAccess: true,
  })
  const bySlug = new Map(articles.map((article) => [article.slug, article]))
  return top.map(([slug, total]) => {
    const article = bySlug.get(decodeURIComponent(slug))
    return {
      path: routes.article(decodeURIComponent(slug)),
      views: total,
      title: article?.title ?? null,
      id: article?.id ?? null,
    }
  })
}

/** Everything the dashboard panel shows, as of now. */
export const dashboardFigures = async (
  payload: Payload,
  { now = Date.now(), site = ALL_SITES }: { now?: number; site?: StatsSites } = {},
) => {
  const [daily, mostRead] = await Promise.all([
    dailyFigures(payload, now, 30, site),
    mostReadArticles(payload, now, 30, 10, site),
  ])
  return { ...daily, mostRead }
}
