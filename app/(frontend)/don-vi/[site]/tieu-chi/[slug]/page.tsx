import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { CriteriaBar } from '@/components/CriteriaBar'
import { fill, t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { articlesAbout } from '@/lib/queries/articles'
import { communes, criterionBySlug } from '@/lib/queries/programme'
import { relationId, sameId } from '@/lib/relations'
import { routes } from '@/lib/routes'
import { here, siteOf, type SiteParams } from '@/lib/sites/registry'
import { byVietnameseName } from '@/lib/vi/collate'
import type { Commune } from '@/payload-types'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = SiteParams<{ slug: string }>

export const generateMetadata = async ({ params }: Props) => {
  await siteOf(params)
  const criterion = await criterionBySlug((await params).slug)
  return criterion
    ? pageMetadata({
        title: `${fill(t.criteriaPage.number, { n: criterion.number })}: ${criterion.name}`,
        path: routes.criterion(criterion.slug),
        description: criterion.description,
      })
    : {}
}

const CriterionPage = async ({ params }: Props) => {
  const site = await siteOf(params)
  const criterion = await criterionBySlug((await params).slug)
  if (!criterion) notFound()
  const set = typeof criterion.set === 'object' ? criterion.set : null
  const [allCommunes, articles] = await Promise.all([
    communes(),
    articlesAbout(site.scope, 'criteria', criterion.id, 10),
  ])
  const assessed = allCommunes.filter(
    (c) => c.kind === 'xa' && sameId(c.criteriaSet, relationId(criterion.set)),
  )
  const meeting = byVietnameseName(
    (criterion.communesMeeting?.docs ?? []).filter((c): c is Commune => typeof c === 'object'),
  )
  return (
    <>
      <p className="meta">
        {set ? <Link href={here(routes.criteriaSets(set.slug))}>{set.name}</Link> : null}
        {criterion.group?.name ? ` · ${criterion.group.code}. ${criterion.group.name}` : null}
      </p>
      <h1>
        {fill(t.criteriaPage.number, { n: criterion.number })}: {criterion.name}
      </h1>
      {criterion.description ? <p>{criterion.description}</p> : null}
      {criterion.indicators?.length ? (
        <section aria-labelledby="chi-tieu">
          <h2 id="chi-tieu">{t.criteriaPage.indicators}</h2>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t.criteriaPage.code}</th>
                  <th scope="col">{t.criteriaPage.indicators}</th>
                  <th scope="col">{t.criteriaPage.target}</th>
                </tr>
              </thead>
              <tbody>
                {criterion.indicators.map((indicator) => (
                  <tr key={indicator.id ?? indicator.code}>
                    <td>{indicator.code}</td>
                    <th scope="row">{indicator.name}</th>
                    <td>{indicator.target ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      <section aria-labelledby="xa-dat-tieu-chi">
        <h2 id="xa-dat-tieu-chi">{t.criteriaPage.communesMeeting}</h2>
        <p>
          <CriteriaBar met={meeting.length} total={assessed.length} />{' '}
          {fill(t.criteriaPage.nOfN, { n: meeting.length, m: assessed.length })}
        </p>
        {meeting.length ? (
          <ul className="inline-list">
            {meeting.map((commune) => (
              <li key={commune.id}>
                <Link href={here(routes.commune(commune.slug))}>{commune.name}</Link>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="bai-viet-tieu-chi">
        <h2 id="bai-viet-tieu-chi">{t.criteriaPage.relatedArticles}</h2>
        {articles.length ? <ArticleList articles={articles} /> : <p>{t.communePage.none}</p>}
      </section>
    </>
  )
}

export default CriterionPage
