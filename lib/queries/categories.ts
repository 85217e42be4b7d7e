import type { Category } from '../../payload-types'
import { cachedRead } from './cache'
import { payloadClient } from './payload'

export const categoryBySlug = cachedRead(
  'categoryBySlug',
  ['categories'],
  async (slug: string): Promise<Category | undefined> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'categories',
      overrideAccess: false,
      depth: 0,
      limit: 1,
      pagination: false,
      where: { slug: { equals: slug } },
    })
    return docs[0]
  },
)
