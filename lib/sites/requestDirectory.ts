import type { PayloadRequest } from 'payload'

import { publicOrigin } from '../env'
import { SITE_ENTRY_SELECT, type SiteDirectory, siteDirectory, siteEntryOf } from './directory'

/**
 * Every site, for hooks that print absolute links in an API answer (the REST and GraphQL
 * `bodyHtml`): read once per request through Payload, outside Next's caches, so it works in
 * every process and script.
 */
export const requestDirectory = (req: PayloadRequest): Promise<SiteDirectory> => {
  const context = req.context as { siteDirectory?: Promise<SiteDirectory> }
  context.siteDirectory ??= req.payload
    .find({
      collection: 'tenants',
      req,
      overrideAccess: true,
      depth: 0,
      pagination: false,
      sort: 'id',
      select: SITE_ENTRY_SELECT,
    })
    .then(({ docs }) => siteDirectory(docs.map(siteEntryOf), publicOrigin()))
  return context.siteDirectory
}
