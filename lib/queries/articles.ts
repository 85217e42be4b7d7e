import type { Article } from '../../payload-types'
import { payloadClient } from './payload'

/**
 * Reads for the public site. They run as an anonymous reader (`overrideAccess: false`, no user),
 * so the one access rule in `access/` decides what is visible: drafts never are.
 */
export const latestArticles = async (limit = 10): Promise<Article[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    overrideAccess: false,
    depth: 1,
    limit,
    sort: '-publishedAt',
    select: { title: true, slug: true, summary: true, cover: true, publishedAt: true, category: true },
  })
  return docs as Article[]
}

export const articleBySlug = async (slug: string): Promise<Article | undefined> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    overrideAccess: false,
    depth: 2,
    limit: 1,
    pagination: false,
    where: { slug: { equals: slug } },
  })
  return docs[0]
}
