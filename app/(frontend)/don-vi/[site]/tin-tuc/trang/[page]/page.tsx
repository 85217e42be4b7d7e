import { NewsListing, PAGE_SIZE, pageNumber } from '@/components/NewsListing'
import { fill, t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { latestArticles } from '@/lib/queries/articles'
import { routes } from '@/lib/routes'
import { type SiteParams, siteOf } from '@/lib/sites/registry'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = SiteParams<{ page: string }>

export const generateMetadata = async ({ params }: Props) => {
  await siteOf(params)
  const page = pageNumber((await params).page)
  return pageMetadata({
    title: `${t.news.title} — ${fill(t.news.pageOf, { n: page, m: '…' })}`,
    path: routes.news(page),
  })
}

const NewsPageN = async ({ params }: Props) => {
  const site = await siteOf(params)
  const page = pageNumber((await params).page)
  return (
    <NewsListing
      title={t.news.title}
      result={await latestArticles(site.scope, PAGE_SIZE, page)}
      href={routes.news}
    />
  )
}

export default NewsPageN
