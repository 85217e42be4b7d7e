import { TZDate } from '@date-fns/tz'
import ical from 'ical-generator'

import type { Event } from '../../payload-types'
import { routes } from '../routes'
import { formatDateTime, VN_TIME_ZONE } from '../vi/format'
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
 * An instant as Vietnamese wall time, whatever the server's own TZ: ical-generator reads a
 * `TZDate` (@date-fns/tz) in the event's zone; a native Date it would read in the process's zone.
 */
const vietnamTime = (instant: string): TZDate => new TZDate(Date.parse(instant), VN_TIME_ZONE)

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * An event longer than a day (a campaign, an inspection round) is an all-day event across its
 * Vietnamese dates, as calendars draw a banner over those days instead of a block filling every
 * hour; its times stay in the description. DTEND of an all-day event is the day after (RFC 5545).
 */
const spansDays = (event: Event): boolean =>
  Boolean(event.endsAt) && Date.parse(event.endsAt!) - Date.parse(event.startsAt) > DAY_MS

/** The Vietnamese calendar date of an instant, as a Date at UTC midnight (ical-generator's day). */
const vietnamDay = (instant: string, plusDays = 0): Date => {
  const wall = new Date(Date.parse(instant) + VIETNAM_OFFSET_MS)
  return new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate() + plusDays))
}

/**
 * The calendar itself has no zone, so that DTSTAMP and LAST-MODIFIED are written in UTC with `Z`
 * as RFC 5545 (3.8.7) requires (ical-generator writes them in the calendar's zone, without it,
 * once the calendar has one); each timed event names Asia/Ho_Chi_Minh, defined once here.
 */
const withVietnamZone = (text: string): string =>
  text.replace(/\r\nBEGIN:VEVENT|\r\nEND:VCALENDAR/, (next) => `\r\n${VIETNAM_VTIMEZONE}${next}`)

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
    url: args.pageUrl(args.pagePath),
  })
  for (const event of args.events) {
    const url = args.pageUrl(routes.event(event.slug), relationId(event.tenant))
    const allDay = spansDays(event)
    const when = allDay ? `${formatDateTime(event.startsAt)} – ${formatDateTime(event.endsAt!)}` : null
    calendar.createEvent({
      id: `su-kien-${event.id}@${args.origin.hostname}`,
      ...(allDay
        ? { allDay: true, start: vietnamDay(event.startsAt), end: vietnamDay(event.endsAt!, 1) }
        : {
            start: vietnamTime(event.startsAt),
            end: event.endsAt ? vietnamTime(event.endsAt) : undefined,
            timezone: VN_TIME_ZONE,
          }),
      summary: event.title,
      description: [when, event.description, url].filter(Boolean).join('\n\n'),
      location: event.location ?? undefined,
      url,
      lastModified: new Date(event.updatedAt),
    })
  }
  return withVietnamZone(calendar.toString())
}
