import type { PayloadRequest } from 'payload'
import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'

import { siteRolesOf } from '../../access/roles'

/** The site an install starts with: an install with one site needs no set-up. */
export const FIRST_SITE = { name: 'Đơn vị chính', slug: 'don-vi-chinh', kind: 'tinh' } as const

/** The install's first site (the lowest ID), made when there is none. */
export const primarySiteId = async (req: PayloadRequest): Promise<number | string> => {
  const found = await req.payload.find({
    collection: 'tenants',
    sort: 'id',
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (found.docs[0]) return found.docs[0].id
  const made = await req.payload.create({
    collection: 'tenants',
    data: { ...FIRST_SITE },
    overrideAccess: true,
    req,
  })
  return made.id
}

/**
 * The site a new article, event or upload belongs to when the writer does not say: the one
 * chosen in the admin's site selector (its cookie), else the writer's first site, else the
 * install's first site.
 */
export const defaultSiteFor = async ({ req }: { req: PayloadRequest }): Promise<number | string> => {
  const chosen = getTenantFromCookie(
    req.headers,
    req.payload.db.defaultIDType === 'number' ? 'number' : 'text',
  )
  if (chosen !== null && chosen !== undefined) {
    const { totalDocs } = await req.payload.count({
      collection: 'tenants',
      where: { id: { equals: chosen } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) return chosen
  }
  const own = siteRolesOf(req.user)[0]
  return own ? own.site : primarySiteId(req)
}
