import { t } from '../i18n'
import { siteUrl } from '../metadata'
import { calendarEvents, eventBySlug } from '../queries/events'
import { siteSettings } from '../queries/globals'
import { routes } from '../routes'
import { eventsCalendar } from './ical'

const calendarResponse = (body: string, filename: string) =>
  new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="${filename}"`,
      'cache-control': 'public, max-age=60',
    },
  })

/** `/su-kien.ics`: every event, to subscribe to in a calendar application. */
export const allEventsCalendar = async (): Promise<Response> => {
  const [events, settings] = await Promise.all([calendarEvents(), siteSettings()])
  const name = `${t.eventPage.title} — ${settings.portalName || t.site.defaultName}`
  return calendarResponse(
    eventsCalendar({ name, events, origin: siteUrl(), pagePath: routes.events() }),
    'su-kien.ics',
  )
}

/** `/su-kien/<slug>/lich.ics`: one event, to add to a calendar. */
export const oneEventCalendar = async (
  _request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> => {
  const event = await eventBySlug(decodeURIComponent((await params).slug))
  if (!event) return new Response(t.site.notFoundTitle, { status: 404 })
  return calendarResponse(
    eventsCalendar({
      name: event.title,
      events: [event],
      origin: siteUrl(),
      pagePath: routes.event(event.slug),
    }),
    `${event.slug}.ics`,
  )
}
