import { t } from '../i18n'
import { calendarEvents, eventBySlug } from '../queries/events'
import { routes } from '../routes'
import { siteIdentity } from '../sites/identity'
import { pageUrlOf, routeSite } from '../sites/registry'
import { eventsCalendar } from './ical'

const calendarResponse = (body: string, filename: string) =>
  new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="${filename}"`,
      'cache-control': 'public, max-age=60',
    },
  })

const notFound = () => new Response(t.site.notFoundTitle, { status: 404 })

/** `/su-kien.ics`: every event of the site (the province's: every site's), to subscribe to. */
export const allEventsCalendar = async (
  _request: Request,
  { params }: { params: Promise<{ site: string }> },
): Promise<Response> => {
  const site = await routeSite(params)
  if (!site) return notFound()
  const [events, identity] = await Promise.all([calendarEvents(site.scope), siteIdentity(site)])
  const name = `${t.eventPage.title} — ${identity.name}`
  return calendarResponse(
    eventsCalendar({
      name,
      events,
      origin: new URL(site.links.absolute('/')),
      pagePath: routes.events(),
      pageUrl: pageUrlOf(site),
    }),
    'su-kien.ics',
  )
}

/** `/su-kien/<slug>/lich.ics`: one event of the site, to add to a calendar. */
export const oneEventCalendar = async (
  _request: Request,
  { params }: { params: Promise<{ site: string; slug: string }> },
): Promise<Response> => {
  const site = await routeSite(params)
  const event = site
    ? await eventBySlug(site.site.id, site.site.id, decodeURIComponent((await params).slug))
    : undefined
  if (!site || !event) return notFound()
  return calendarResponse(
    eventsCalendar({
      name: event.title,
      events: [event],
      origin: new URL(site.links.absolute('/')),
      pagePath: routes.event(event.slug),
      pageUrl: pageUrlOf(site),
    }),
    `${event.slug}.ics`,
  )
}
