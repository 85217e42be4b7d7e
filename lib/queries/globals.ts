import type { RelatedLink, SiteSetting } from '../../payload-types'
import { payloadClient } from './payload'

export const siteSettings = async (): Promise<SiteSetting> => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'site-settings', overrideAccess: false, depth: 0 })
}

export const relatedLinks = async (): Promise<RelatedLink> => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'related-links', overrideAccess: false, depth: 0 })
}
