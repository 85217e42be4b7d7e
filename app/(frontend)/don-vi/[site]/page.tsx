import Link from 'next/link'

import { ArticleList } from '@/components/ArticleList'
import { EventList } from '@/components/EventList'
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

export const revalidate = 60

export const generateMetadata = async ({ params }: SiteParams) => {
  await siteOf(params)
  return pageMetadata({ title: (await siteIdentity()).name, path: routes.home() })
}

const HomePage = async ({ params }: SiteParams) => {
  const { scope, isProvince, directory } = await siteOf(params)
  const [identity, featured, latest, allCategories, figures, communeList, events] = await Promise.all([
    siteIdentity(),
    featuredArticles(scope, 3),
    latestArticles(scope, 6, 1),
    categories(),
    programmeOverview(),
    communes(),
    eventsAround(scope, currentMinute(), 5),
  ])
  const byCategory = await Promise.all(
    allCategories.map(async (category) => ({
      category,
      page: await articlesInCategory(scope, category.id, 3, 1),
    })),
  )
  const shownFeatured = featured.length ? featured : latest.docs.slice(0, 1)
  return (
    <>
      <h1 className="sr-only">{identity.name}</h1>
      <div className="home-grid">
        <div>
          <section aria-labelledby="tin-noi-bat">
            <h2 id="tin-noi-bat">{t.home.featured}</h2>
            <ArticleList articles={shownFeatured} />
          </section>
          <section aria-labelledby="tin-moi">
            <h2 id="tin-moi">{t.home.latest}</h2>
            {latest.docs.length ? <ArticleList articles={latest.docs} /> : <p>{t.site.noArticles}</p>}
            <p>
              <Link href={here(routes.news())}>{t.home.seeAll}</Link>
            </p>
          </section>
          {byCategory
            .filter(({ page }) => page.docs.length)
            .map(({ category, page }) => (
              <section key={category.id} aria-labelledby={`chuyen-muc-${category.slug}`}>
                <h2 id={`chuyen-muc-${category.slug}`}>{category.name}</h2>
                <ArticleList articles={page.docs} />
                <p>
                  <Link href={here(routes.category(category.slug))}>
                    {fill(t.home.seeAllIn, { name: category.name })}
                  </Link>
                </p>
              </section>
            ))}
        </div>
        <aside aria-label={t.home.upcomingEvents}>
          <section aria-labelledby="su-kien-sap-dien-ra">
            <h2 id="su-kien-sap-dien-ra">{t.home.upcomingEvents}</h2>
            <EventList events={events.upcoming} empty={t.home.noUpcoming} />
            <p>
              <Link href={here(routes.events())}>{t.home.seeAll}</Link>
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
