import Link from 'next/link'

import { ArticleCard } from '@/components/ArticleCard'
import { ArticleList } from '@/components/ArticleList'
import { EventList } from '@/components/EventList'
import { FigureList } from '@/components/FigureList'
import { ProgrammeDashboard } from '@/components/ProgrammeDashboard'
import { SitesRollup } from '@/components/SitesRollup'
import { fill, t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { articlesInCategory, featuredArticles, latestArticles } from '@/lib/queries/articles'
import { currentMinute, eventsAround } from '@/lib/queries/events'
import { categories } from '@/lib/queries/globals'
import { communes, programmeOverview } from '@/lib/queries/programme'
import { routes } from '@/lib/routes'
import { siteIdentity } from '@/lib/sites/identity'
import { here, type SiteParams, siteOf } from '@/lib/sites/registry'
import type { Article } from '@/payload-types'

export const revalidate = 60

export const generateMetadata = async ({ params }: SiteParams) => {
  await siteOf(params)
  const identity = await siteIdentity()
  return pageMetadata({
    title: identity.name,
    path: routes.home(),
    description: fill(t.home.description, { name: identity.agency ?? identity.name }),
  })
}

/** How many stories each block shows; the page's size never depends on how many exist. */
const LATEST = 6
const PER_CATEGORY = 3

/** Keeps the stories not yet on the page, and marks them shown: no story twice on one page. */
const unseen = (shown: Set<number | string>, articles: Article[], limit: number): Article[] => {
  const fresh = articles.filter((article) => !shown.has(article.id)).slice(0, limit)
  for (const article of fresh) shown.add(article.id)
  return fresh
}

const HomePage = async ({ params }: SiteParams) => {
  const { scope, isProvince, directory } = await siteOf(params)
  const [identity, featured, latest, allCategories, figures, communeList, events] = await Promise.all([
    siteIdentity(),
    featuredArticles(scope, 3),
    latestArticles(scope, LATEST + 3, 1),
    categories(),
    programmeOverview(),
    communes(),
    eventsAround(scope, currentMinute(), 5),
  ])
  const shown = new Set<number | string>()
  const [lead] = unseen(shown, featured.length ? featured : latest.docs, 1)
  const moreFeatured = unseen(shown, featured, 2)
  const newest = unseen(shown, latest.docs, LATEST)
  const byCategory = (
    await Promise.all(
      allCategories.map(async (category) => ({
        category,
        page: await articlesInCategory(scope, category.id, PER_CATEGORY + shown.size, 1),
      })),
    )
  ).map(({ category, page }) => ({ category, articles: unseen(shown, page.docs, PER_CATEGORY) }))
  return (
    <>
      <h1 className="sr-only">{identity.name}</h1>
      <div className="home-grid">
        <div className="home-grid__news">
          <section aria-labelledby="tin-noi-bat" className="home-lead">
            <h2 id="tin-noi-bat">{t.home.featured}</h2>
            {lead ? <ArticleCard article={lead} lead /> : <p>{t.site.noArticles}</p>}
            {moreFeatured.length ? <ArticleList articles={moreFeatured} /> : null}
          </section>
          {newest.length ? (
            <section aria-labelledby="tin-moi">
              <h2 id="tin-moi">{t.home.latest}</h2>
              <ArticleList articles={newest} />
              <p>
                <Link href={here(routes.news())}>{t.home.seeAll}</Link>
              </p>
            </section>
          ) : null}
          {byCategory
            .filter(({ articles }) => articles.length)
            .map(({ category, articles }) => (
              <section key={category.id} aria-labelledby={`chuyen-muc-${category.slug}`}>
                <h2 id={`chuyen-muc-${category.slug}`}>{category.name}</h2>
                <ArticleList articles={articles} />
                <p>
                  <Link href={here(routes.category(category.slug))}>
                    {fill(t.home.seeAllIn, { name: category.name })}
                  </Link>
                </p>
              </section>
            ))}
        </div>
        <aside className="home-grid__side" aria-label={t.home.upcomingEvents}>
          <section aria-labelledby="su-kien-sap-dien-ra" className="side-block">
            <h2 id="su-kien-sap-dien-ra">{t.home.upcomingEvents}</h2>
            <EventList events={events.upcoming} empty={t.home.noUpcoming} />
            <p>
              <Link href={here(routes.events())}>{t.home.seeAll}</Link>
            </p>
          </section>
          <section aria-labelledby="ntm-tom-tat" className="side-block">
            <h2 id="ntm-tom-tat">{t.home.atAGlance}</h2>
            <FigureList figures={figures} className="side-block__figures" />
            <p>
              <Link href="#ket-qua-ntm">{t.home.seeFigures}</Link>
            </p>
          </section>
        </aside>
      </div>
      {isProvince && directory.sites.length > 1 ? <SitesRollup /> : null}
      <ProgrammeDashboard figures={figures} communes={communeList} />
    </>
  )
}

export default HomePage
