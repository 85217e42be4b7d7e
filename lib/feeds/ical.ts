import ical from 'ical-generator'

import type { Event } from '../../payload-types'
import { routes } from '../routes'
import { VN_TIME_ZONE } from '../vi/format'
import { relationId } from '../relations'
import type { PageUrl } from './html'

/**
 * Việt Nam has kept UTC+7 without daylight saving since 1975, so its VTIMEZONE is one fixed
 * STANDARD block: calendars get the zone defined in the file, no timezone database needed.
 */
const VIETNAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${VN_TIME_ZONE}`,
  `X-LIC-LOCATION:${VN_TIME_ZONE}`,
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:ICT',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n')

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/**
 * ical-generator writes a native Date's UTC fields as the wall time of the event's `timezone`
 * (it converts only dates from a timezone library). Việt Nam is a fixed UTC+7, so the wall time
 * is the instant shifted by seven hours; a parser reading `TZID=Asia/Ho_Chi_Minh` gets the
 * instant back (tested with node-ical).
 */
const vietnamWallTime = (instant: string): Date => new Date(Date.parse(instant) + VIETNAM_OFFSET_MS)

/** Events as iCalendar (ical-generator), in Asia/Ho_Chi_Minh, with places and links. */
export const eventsCalendar = (args: {
  name: string
  events: Event[]
  origin: URL
  pagePath: string
  pageUrl: PageUrl
}): string => {
  const calendar = ical({
    name: args.name,
    prodId: { company: 'NTM Portal', product: 'Su kien', language: 'VI' },
    timezone: { name: VN_TIME_ZONE, generator: () => VIETNAM_VTIMEZONE },
    url: args.pageUrl(args.pagePath),
  })
  for (const event of args.events) {
    const url = args.pageUrl(routes.event(event.slug), relationId(event.tenant))
    calendar.createEvent({
      id: `su-kien-${event.id}@${args.origin.host}`,
      start: vietnamWallTime(event.startsAt),
      end: event.endsAt ? vietnamWallTime(event.endsAt) : undefined,
      timezone: VN_TIME_ZONE,
      summary: event.title,
      description: [event.description, url].filter(Boolean).join('\n\n'),
      location: event.location ?? undefined,
      url,
      lastModified: new Date(event.updatedAt),
    })
  }
  return calendar.toString()
}
