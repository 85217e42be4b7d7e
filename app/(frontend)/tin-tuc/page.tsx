import { NewsListing, PAGE_SIZE } from '@/components/NewsListing'
import { t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { latestArticles } from '@/lib/queries/articles'
import { routes } from '@/lib/routes'

export const revalidate = 60
export const metadata = pageMetadata({ title: t.news.title, path: routes.news() })

const NewsPage = async () => (
  <NewsListing title={t.news.title} result={await latestArticles(PAGE_SIZE, 1)} href={routes.news} />
)

export default NewsPage
