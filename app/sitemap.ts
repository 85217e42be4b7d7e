import type { MetadataRoute } from 'next'

import { siteUrl } from '@/lib/metadata'
import { publicDocumentPaths } from '@/lib/queries/sitemap'
import { sitemapPages } from '@/lib/routes'

export const revalidate = 60

const sitemap = async (): Promise<MetadataRoute.Sitemap> => {
  const url = (path: string) => new URL(path, siteUrl()).href
  const pages = sitemapPages()
  const documents = await publicDocumentPaths()
  return [
    ...pages.map((path) => ({ url: url(path) })),
    ...documents.map((doc) => ({ url: url(doc.path), lastModified: doc.updatedAt })),
  ]
}

export default sitemap
