import type { Category, RelatedLink, SiteSetting } from '../../payload-types'
import { byVietnameseName } from '../vi/collate'
import { cachedRead } from './cache'
import { payloadClient } from './payload'

export const siteSettings = cachedRead('siteSettings', ['site-settings'], async (): Promise<SiteSetting> => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'site-settings', overrideAccess: false, depth: 0 })
})

export const relatedLinks = cachedRead('relatedLinks', ['related-links'], async (): Promise<RelatedLink> => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'related-links', overrideAccess: false, depth: 0 })
})

export const categories = cachedRead('categories', ['categories'], async (): Promise<Category[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'categories',
    overrideAccess: false,
    depth: 0,
    pagination: false,
  })
  return byVietnameseName(docs)
})
