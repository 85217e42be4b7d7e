import { EventList } from '@/components/EventList'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { currentMinute, eventsAround } from '@/lib/queries/events'
import { routes } from '@/lib/routes'

export const revalidate = 60
export const metadata = pageMetadata({ title: t.eventPage.title, path: routes.events() })

const EventsPage = async () => {
  const { upcoming, past } = await eventsAround(currentMinute(), 100)
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
