import { APIError, type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import { hasRoleAt, isAdminUser, provinceRoleOf, type Role } from '../access/roles'
import { message } from '../lib/i18n'
import { relationId } from '../lib/relations'
import { SITE_SCOPED_COLLECTIONS } from '../lib/sites/scoped'

/**
 * A staff write to a document of a site needs a role there: at least `minimum(data)` on the
 * document's site (a province-wide role counts on every site). A document stays on its site:
 * only a province admin moves it (the plugin's switcher would otherwise move it,
 * payloadcms/payload#13081). The site of a unit merged away is read-only from its `archivedFrom`:
 * only a province admin still writes there. Writes without a staff account (the server, seeds)
 * pass.
 */
export const siteRoleOnWrite =
  (minimum: (data: Record<string, unknown>) => Role): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    if (!req.user || req.user.collection !== 'users') return data
    const before = relationId(originalDoc?.tenant)
    const after = relationId(data?.tenant) ?? before
    if (
      operation === 'update' &&
      before !== undefined &&
      String(after) !== String(before) &&
      !isAdminUser(req.user)
    )
      throw new APIError(
        message(req, (d) => d.errors.siteMoved),
        403,
        null,
        true,
      )
    if (!hasRoleAt(req.user, minimum({ ...originalDoc, ...data }), after))
      throw new APIError(
        message(req, (d) => d.errors.siteRole),
        403,
        null,
        true,
      )
    if (after !== undefined && !isAdminUser(req.user) && (await isArchived(req, after)))
      throw new APIError(
        message(req, (d) => d.errors.siteArchived),
        403,
        null,
        true,
      )
    return data
  }

/** The site was merged away: its `archivedFrom` has come. */
const isArchived = async (req: PayloadRequest, site: number | string): Promise<boolean> => {
  const found = await req.payload.find({
    collection: 'tenants',
    where: { id: { equals: site } },
    select: { archivedFrom: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const from = found.docs[0]?.archivedFrom
  return Boolean(from && new Date(from) <= new Date())
}

/**
 * What a document links to on other sites: a writer who works for some sites only cannot put
 * another site's media or events in their document (the admin's pickers are filtered by site;
 * this holds for the API and for drafts, which Payload does not validate). Province-wide roles
 * may link across sites.
 */
export const sameSiteLinks: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  if (!req.user || req.user.collection !== 'users' || provinceRoleOf(req.user) !== undefined) return data
  const site = relationId(data?.tenant ?? originalDoc?.tenant)
  for (const field of collection.flattenedFields) {
    if ((field.type !== 'upload' && field.type !== 'relationship') || typeof field.relationTo !== 'string')
      continue
    if (
      !(SITE_SCOPED_COLLECTIONS as readonly string[]).includes(field.relationTo) ||
      !(field.name in (data ?? {}))
    )
      continue
    const value = data[field.name]
    const ids = (Array.isArray(value) ? value : [value]).map(relationId).filter((id) => id !== undefined)
    if (!ids.length) continue
    const { totalDocs } = await req.payload.count({
      collection: field.relationTo as 'media',
      where: { and: [{ id: { in: ids } }, { tenant: { not_equals: site } }] },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0)
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: field.name, message: message(req, (d) => d.errors.siteLink) }],
        req,
      })
  }
  return data
}
