import { NewsListing, PAGE_SIZE, pageNumber } from '@/components/NewsListing'
import { fill, t } from '@/lib/i18n'
import { pageMetadata } from '@/lib/metadata'
import { latestArticles } from '@/lib/queries/articles'
import { routes } from '@/lib/routes'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = { params: Promise<{ page: string }> }

export const generateMetadata = async ({ params }: Props) => {
  const page = pageNumber((await params).page)
  return pageMetadata({
    title: `${t.news.title} — ${fill(t.news.pageOf, { n: page, m: '…' })}`,
    path: routes.news(page),
  })
}

const NewsPageN = async ({ params }: Props) => {
  const page = pageNumber((await params).page)
  return (
    <NewsListing title={t.news.title} result={await latestArticles(PAGE_SIZE, page)} href={routes.news} />
  )
}

export default NewsPageN
