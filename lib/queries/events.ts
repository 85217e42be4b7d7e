import type { Where } from 'payload'

import { EVENT_SUMMARY_FIELDS } from '../../fields/summaries'
import type { Event } from '../../payload-types'
import { cachedRead } from './cache'
import { payloadClient } from './payload'
import { relationId } from '../relations'
import { type SiteScope, scoped } from '../sites/scope'

/**
 * Ascending by start, ties by creation, both ascending: Payload otherwise adds `-createdAt`, a
 * mixed order no index serves (test/int/queryPlans.test.ts).
 */
const ASCENDING = ['startsAt', 'createdAt']

const listEvents = async (
  scope: SiteScope,
  where: Where,
  sort: string | string[],
  limit: number,
): Promise<Event[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    overrideAccess: false,
    depth: 0,
    limit,
    // The list shows these events, not how many there are: no count (it reads every match).
    pagination: false,
    sort,
    select: EVENT_SUMMARY_FIELDS,
    where: scoped(scope, where),
  })
  return docs as Event[]
}

/** Events split at `now` (an ISO string, so the cache key changes at most once a minute). */
export const eventsAround = cachedRead(
  'eventsAround',
  ['events'],
  async (scope: SiteScope, nowIso: string, limit: number): Promise<{ upcoming: Event[]; past: Event[] }> => {
    const [upcoming, past] = await Promise.all([
      listEvents(
        scope,
        { or: [{ startsAt: { greater_than_equal: nowIso } }, { endsAt: { greater_than_equal: nowIso } }] },
        ASCENDING,
        limit,
      ),
      listEvents(
        scope,
        {
          and: [
            { startsAt: { less_than: nowIso } },
            { or: [{ endsAt: { less_than: nowIso } }, { endsAt: { exists: false } }] },
          ],
        },
        '-startsAt',
        limit,
      ),
    ])
    return { upcoming, past }
  },
)

export const eventBySlug = cachedRead(
  'eventBySlug',
  ['events', 'communes'],
  async (site: number | string, scope: SiteScope, slug: string): Promise<Event | undefined> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'events',
      overrideAccess: false,
      depth: 1,
      limit: 2,
      pagination: false,
      sort: 'id',
      where: scoped(scope, { slug: { equals: slug } }),
      joins: { articles: false },
    })
    // The site's own first (slugs are unique per site); the province's scope may find another's.
    return docs.find((doc) => relationId(doc.tenant) === site) ?? docs[0]
  },
)

/** The current minute, so time-dependent reads share a cache entry within it. */
export const currentMinute = (): string => {
  const now = new Date()
  now.setSeconds(0, 0)
  return now.toISOString()
}

export const eventsInCommune = cachedRead(
  'eventsInCommune',
  ['events'],
  (scope: SiteScope, communeId: number | string, limit: number): Promise<Event[]> =>
    listEvents(scope, { communes: { contains: communeId } }, '-startsAt', limit),
)

/** Events for the calendar feed: the most recent and all upcoming, whole. */
export const calendarEvents = cachedRead(
  'calendarEvents',
  ['events'],
  async (scope: SiteScope): Promise<Event[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'events',
      overrideAccess: false,
      depth: 0,
      limit: 200,
      pagination: false,
      sort: '-startsAt',
      where: scoped(scope, {}),
      joins: { articles: false },
    })
    return docs
  },
)
