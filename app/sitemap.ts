import type { MetadataRoute } from 'next'

import { siteUrl } from '@/lib/metadata'
import { publicDocumentPaths } from '@/lib/queries/sitemap'
import { routes } from '@/lib/routes'

export const revalidate = 60

const sitemap = async (): Promise<MetadataRoute.Sitemap> => {
  const url = (path: string) => new URL(path, siteUrl()).href
  const pages = [
    routes.home(),
    routes.news(),
    routes.communes(),
    routes.criteriaSets(),
    routes.events(),
    routes.contact(),
  ]
  const documents = await publicDocumentPaths()
  return [
    ...pages.map((path) => ({ url: url(path) })),
    ...documents.map((doc) => ({ url: url(doc.path), lastModified: doc.updatedAt })),
  ]
}

export default sitemap
