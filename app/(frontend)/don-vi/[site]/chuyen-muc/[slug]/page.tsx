import { CategoryListing } from '@/components/CategoryListing'
import { pageMetadata } from '@/lib/metadata'
import { categoryBySlug } from '@/lib/queries/categories'
import { routes } from '@/lib/routes'
import { type SiteParams, siteOf } from '@/lib/sites/registry'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = SiteParams<{ slug: string }>

export const generateMetadata = async ({ params }: Props) => {
  await siteOf(params)
  const category = await categoryBySlug((await params).slug)
  return category
    ? pageMetadata({
        title: category.name,
        path: routes.category(category.slug),
        feeds: { path: routes.category(category.slug), name: category.name },
        description: category.description,
      })
    : {}
}

const CategoryPage = async ({ params }: Props) => {
  await siteOf(params)
  return <CategoryListing slug={(await params).slug} page={1} />
}

export default CategoryPage
