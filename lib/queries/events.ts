import type { Where } from 'payload'

import type { Event } from '../../payload-types'
import { cachedRead } from './cache'
import { findBySlug, payloadClient } from './payload'

const EVENT_LIST_FIELDS = {
  title: true,
  slug: true,
  kind: true,
  startsAt: true,
  endsAt: true,
  location: true,
} as const

const listEvents = async (where: Where, sort: string, limit: number): Promise<Event[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    overrideAccess: false,
    depth: 0,
    limit,
    sort,
    select: EVENT_LIST_FIELDS,
    where,
  })
  return docs as Event[]
}

/** Events split at `now` (an ISO string, so the cache key changes at most once a minute). */
export const eventsAround = cachedRead(
  'eventsAround',
  ['events'],
  async (nowIso: string, limit: number): Promise<{ upcoming: Event[]; past: Event[] }> => {
    const [upcoming, past] = await Promise.all([
      listEvents(
        { or: [{ startsAt: { greater_than_equal: nowIso } }, { endsAt: { greater_than_equal: nowIso } }] },
        'startsAt',
        limit,
      ),
      listEvents(
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
  (slug: string): Promise<Event | undefined> =>
    findBySlug('events', slug, { depth: 1, joins: { articles: false } }),
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
  (communeId: number | string, limit: number): Promise<Event[]> =>
    listEvents({ communes: { contains: communeId } }, '-startsAt', limit),
)

/** Events for the calendar feed: the most recent and all upcoming, whole. */
export const calendarEvents = cachedRead('calendarEvents', ['events'], async (): Promise<Event[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    overrideAccess: false,
    depth: 0,
    limit: 200,
    sort: '-startsAt',
    joins: { articles: false },
  })
  return docs
})
