import { CategoryListing } from '@/components/CategoryListing'
import { pageNumber } from '@/components/NewsListing'
import { pageMetadata } from '@/lib/metadata'
import { categoryBySlug } from '@/lib/queries/categories'
import { routes } from '@/lib/routes'
import { type SiteParams, siteOf } from '@/lib/sites/registry'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = SiteParams<{ slug: string; page: string }>

export const generateMetadata = async ({ params }: Props) => {
  await siteOf(params)
  const { slug, page } = await params
  const category = await categoryBySlug(slug)
  return category
    ? pageMetadata({ title: category.name, path: routes.category(category.slug, pageNumber(page)) })
    : {}
}

const CategoryPageN = async ({ params }: Props) => {
  await siteOf(params)
  const { slug, page } = await params
  return <CategoryListing slug={slug} page={pageNumber(page)} />
}

export default CategoryPageN
