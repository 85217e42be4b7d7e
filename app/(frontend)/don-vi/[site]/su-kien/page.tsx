import { EventList } from '@/components/EventList'
import { t } from '@/lib/i18n'
import { sitePageMetadata } from '@/lib/metadata'
import { currentMinute, eventsAround } from '@/lib/queries/events'
import { routes } from '@/lib/routes'
import { type SiteParams, siteOf } from '@/lib/sites/registry'

export const revalidate = 60
export const generateMetadata = sitePageMetadata({ title: t.eventPage.title, path: routes.events() })

const EventsPage = async ({ params }: SiteParams) => {
  const { scope } = await siteOf(params)
  const { upcoming, past } = await eventsAround(scope, currentMinute(), 100)
  return (
    <>
      <h1>{t.eventPage.title}</h1>
      <section aria-labelledby="sap-dien-ra">
        <h2 id="sap-dien-ra">{t.eventPage.upcoming}</h2>
        <EventList events={upcoming} empty={t.eventPage.none} />
      </section>
      <section aria-labelledby="da-dien-ra">
        <h2 id="da-dien-ra">{t.eventPage.past}</h2>
        <EventList events={past} empty={t.eventPage.none} />
      </section>
    </>
  )
}

export default EventsPage
