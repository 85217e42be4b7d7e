import { notFound } from 'next/navigation'

import { articlesInCategory } from '../lib/queries/articles'
import { categoryBySlug } from '../lib/queries/categories'
import { routes } from '../lib/routes'
import { currentSite, here } from '../lib/sites/registry'
import { NewsListing, PAGE_SIZE } from './NewsListing'

export const CategoryListing = async ({ slug, page }: { slug: string; page: number }) => {
  const { scope } = currentSite()
  const category = await categoryBySlug(slug)
  if (!category) notFound()
  return (
    <NewsListing
      title={category.name}
      result={await articlesInCategory(scope, category.id, PAGE_SIZE, page)}
      href={(n) => here(routes.category(category.slug, n))}
    />
  )
}
