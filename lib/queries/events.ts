import type { Event } from '../../payload-types'
import { cachedRead } from './cache'
import { payloadClient } from './payload'

const EVENT_LIST_FIELDS = {
  title: true,
  slug: true,
  kind: true,
  startsAt: true,
  endsAt: true,
  location: true,
} as const

/** Events split at `now` (an ISO string, so the cache key changes at most once a minute). */
export const eventsAround = cachedRead(
  'eventsAround',
  ['events'],
  async (nowIso: string, limit: number): Promise<{ upcoming: Event[]; past: Event[] }> => {
    const payload = await payloadClient()
    const [upcoming, past] = await Promise.all([
      payload.find({
        collection: 'events',
        overrideAccess: false,
        depth: 0,
        limit,
        sort: 'startsAt',
        select: EVENT_LIST_FIELDS,
        where: {
          or: [{ startsAt: { greater_than_equal: nowIso } }, { endsAt: { greater_than_equal: nowIso } }],
        },
      }),
      payload.find({
        collection: 'events',
        overrideAccess: false,
        depth: 0,
        limit,
        sort: '-startsAt',
        select: EVENT_LIST_FIELDS,
        where: {
          and: [
            { startsAt: { less_than: nowIso } },
            { or: [{ endsAt: { less_than: nowIso } }, { endsAt: { exists: false } }] },
          ],
        },
      }),
    ])
    return { upcoming: upcoming.docs as Event[], past: past.docs as Event[] }
  },
)

export const eventBySlug = cachedRead(
  'eventBySlug',
  ['events', 'communes'],
  async (slug: string): Promise<Event | undefined> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'events',
      overrideAccess: false,
      depth: 1,
      limit: 1,
      pagination: false,
      where: { slug: { equals: slug } },
      joins: { articles: false },
    })
    return docs[0]
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
  async (communeId: number | string, limit: number): Promise<Event[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'events',
      overrideAccess: false,
      depth: 0,
      limit,
      sort: '-startsAt',
      select: EVENT_LIST_FIELDS,
      where: { communes: { contains: communeId } },
    })
    return docs as Event[]
  },
)
