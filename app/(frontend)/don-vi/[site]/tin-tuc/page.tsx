import { NewsListing, PAGE_SIZE } from '@/components/NewsListing'
import { t } from '@/lib/i18n'
import { sitePageMetadata } from '@/lib/metadata'
import { latestArticles } from '@/lib/queries/articles'
import { routes } from '@/lib/routes'
import { here, type SiteParams, siteOf } from '@/lib/sites/registry'

export const revalidate = 60
export const generateMetadata = sitePageMetadata({ title: t.news.title, path: routes.news() })

const NewsPage = async ({ params }: SiteParams) => {
  const { scope } = await siteOf(params)
  return (
    <NewsListing
      title={t.news.title}
      result={await latestArticles(scope, PAGE_SIZE, 1)}
      href={(n) => here(routes.news(n))}
    />
  )
}

export default NewsPage
