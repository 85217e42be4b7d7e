import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { type Fact, FactList } from '@/components/FactList'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { articlesAbout } from '@/lib/queries/articles'
import { eventBySlug } from '@/lib/queries/events'
import { relationId, sameId } from '@/lib/relations'
import { routes } from '@/lib/routes'
import { here, siteOf, type SiteParams } from '@/lib/sites/registry'
import { formatDateTime, formatDong, formatInteger } from '@/lib/vi/format'
import type { Commune } from '@/payload-types'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = SiteParams<{ slug: string }>

export const generateMetadata = async ({ params }: Props) => {
  const site = await siteOf(params)
  const event = await eventBySlug(site.site.id, site.scope, (await params).slug)
  return event
    ? pageMetadata({ title: event.title, path: routes.event(event.slug), description: event.description })
    : {}
}

const EventPage = async ({ params }: Props) => {
  const site = await siteOf(params)
  const event = await eventBySlug(site.site.id, site.scope, (await params).slug)
  if (!event) notFound()
  // The province finds every site's events: the event's page is on its own site.
  if (!sameId(event.tenant, site.site.id))
    permanentRedirect(site.links.on(relationId(event.tenant), routes.event(event.slug)))
  const articles = await articlesAbout(site.scope, 'events', event.id, 10)
  const communes = (event.communes ?? []).filter((c): c is Commune => typeof c === 'object')
  const when = (
    <>
      <time dateTime={event.startsAt}>{formatDateTime(event.startsAt)}</time>
      {event.endsAt ? (
        <>
          {' – '}
          <time dateTime={event.endsAt}>{formatDateTime(event.endsAt)}</time>
        </>
      ) : null}
    </>
  )
  const facts: Fact[] = [
    [t.eventPage.when, when],
    [t.eventPage.where, event.location],
    [t.eventPage.organiser, event.organiser],
    [t.eventPage.participants, event.participants ? formatInteger(event.participants) : null],
    [
      t.eventPage.fromResidents,
      event.contributions?.fromResidents ? formatDong(event.contributions.fromResidents) : null,
    ],
    [
      t.eventPage.fromOrganisations,
      event.contributions?.fromOrganisations ? formatDong(event.contributions.fromOrganisations) : null,
    ],
  ]
  return (
    <>
      <p className="meta">{t.options.eventKind[event.kind]}</p>
      <h1>{event.title}</h1>
      <FactList facts={facts} />
      <p>
        <a href={here(routes.eventCalendar(event.slug))}>{t.eventPage.addToCalendar}</a>
      </p>
      {event.description ? <p>{event.description}</p> : null}
      {communes.length ? (
        <section aria-labelledby="xa-tham-gia">
          <h2 id="xa-tham-gia">{t.eventPage.communes}</h2>
          <ul className="inline-list">
            {communes.map((commune) => (
              <li key={commune.id}>
                <Link href={here(routes.commune(commune.slug))}>{commune.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {articles.length ? (
        <section aria-labelledby="bai-viet-su-kien">
          <h2 id="bai-viet-su-kien">{t.news.relatedArticles}</h2>
          <ArticleList articles={articles} />
        </section>
      ) : null}
    </>
  )
}

export default EventPage
