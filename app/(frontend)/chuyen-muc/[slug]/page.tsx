import { CategoryListing } from '@/components/CategoryListing'
import { pageMetadata } from '@/lib/metadata'
import { categoryBySlug } from '@/lib/queries/categories'
import { routes } from '@/lib/routes'

export const revalidate = 60
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

export const generateMetadata = async ({ params }: Props) => {
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

const CategoryPage = async ({ params }: Props) => <CategoryListing slug={(await params).slug} page={1} />

export default CategoryPage
