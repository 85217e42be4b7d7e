import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { targetText } from '@/components/CommuneTable'
import { CriteriaBar } from '@/components/CriteriaBar'
import { CriteriaMatrix } from '@/components/CriteriaMatrix'
import { FactList } from '@/components/FactList'
import { EventList } from '@/components/EventList'
import { ProgressChart } from '@/components/ProgressChart'
import { StatusBadge } from '@/components/StatusBadge'
import { fill, t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { articlesAbout } from '@/lib/queries/articles'
import { eventsInCommune } from '@/lib/queries/events'
import { communeBySlug, communeProgress, criteriaOfSet } from '@/lib/queries/programme'
import { relationId } from '@/lib/relations'
import { routes } from '@/lib/routes'
import { formatDate } from '@/lib/vi/format'
import { type SiteParams, siteOf } from '@/lib/sites/registry'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = SiteParams<{ slug: string }>

export const generateMetadata = async ({ params }: Props) => {
  await siteOf(params)
  const commune = await communeBySlug((await params).slug)
  return commune
    ? pageMetadata({
        title: commune.name,
        path: routes.commune(commune.slug),
        feeds: { path: routes.commune(commune.slug), name: commune.name },
        description: t.options.ntmStatus[commune.status],
      })
    : {}
}

const CommunePage = async ({ params }: Props) => {
  const site = await siteOf(params)
  const commune = await communeBySlug((await params).slug)
  if (!commune) notFound()
  const setId = relationId(commune.criteriaSet)
  const [criteria, progress, articles, events] = await Promise.all([
    setId !== undefined ? criteriaOfSet(setId) : Promise.resolve([]),
    communeProgress(commune.id),
    articlesAbout(site.scope, 'communes', commune.id, 10),
    eventsInCommune(site.scope, commune.id, 10),
  ])
  const total = commune.progress?.total ?? criteria.length
  const target = targetText(commune)
  const history = commune.history
  return (
    <>
      <h1>{commune.name}</h1>
      <FactList
        facts={[
          [
            t.communePage.status,
            <>
              <StatusBadge commune={commune} />
              {commune.recognitionYear
                ? ` ${fill(t.communePage.recognisedIn, { year: commune.recognitionYear })}`
                : null}
              {commune.recognitionDecision
                ? ` · ${fill(t.communePage.decision, { n: commune.recognitionDecision })}`
                : null}
            </>,
          ],
          [
            t.communePage.criteriaMet,
            commune.kind === 'xa' ? <CriteriaBar met={commune.progress?.ntmMet ?? 0} total={total} /> : null,
          ],
          [
            t.communePage.nangCaoMet,
            (commune.progress?.nangCaoMet ?? 0) > 0 ? (
              <CriteriaBar met={commune.progress?.nangCaoMet ?? 0} total={total} />
            ) : null,
          ],
          [t.communePage.target, target],
        ]}
      />
      {history?.mergedIntoName ? (
        <p className="notice">
          {fill(t.communePage.merged, {
            date: history.validTo
              ? formatDate(new Date(new Date(history.validTo).getTime() + 86_400_000))
              : '—',
            name: history.mergedIntoName,
          })}
          {history.mergerDecision ? ` (${history.mergerDecision})` : null}
          {history.note ? <span className="meta"> {history.note}</span> : null}
        </p>
      ) : null}
      {criteria.length && commune.kind === 'xa' ? (
        <CriteriaMatrix commune={commune} criteria={criteria} />
      ) : null}
      <ProgressChart points={progress} total={total} />
      <section aria-labelledby="bai-viet-ve-xa">
        <h2 id="bai-viet-ve-xa">{t.communePage.articles}</h2>
        {articles.length ? <ArticleList articles={articles} /> : <p>{t.communePage.none}</p>}
      </section>
      <section aria-labelledby="su-kien-tai-xa">
        <h2 id="su-kien-tai-xa">{t.communePage.events}</h2>
        <EventList events={events} empty={t.communePage.none} />
      </section>
    </>
  )
}

export default CommunePage
