import type { Access, FieldAccess, Where } from 'payload'

import { isAdminUser, isEditorUser, isStaffUser, type SiteId, sitesWithRole } from './roles'

/**
 * The access predicates every collection and global is assembled from. The rule for what an
 * anonymous reader may see lives here and nowhere else: pages, API, feeds and search all go
 * through Payload with these rules applied.
 */
export const anyone: Access = () => true
export const isStaff: Access = ({ req }) => isStaffUser(req.user)
export const isEditor: Access = ({ req }) => isEditorUser(req.user)
export const isAdmin: Access = ({ req }) => isAdminUser(req.user)
export const isAdminField: FieldAccess = ({ req }) => isAdminUser(req.user)
export const isStaffField: FieldAccess = ({ req }) => isStaffUser(req.user)

export const publishedOnlyWhere: Where = { _status: { equals: 'published' } }

/** Documents of these sites (the `tenant` field the sites plugin adds). */
export const inSites = (sites: SiteId[]): Where => ({ tenant: { in: sites } })

/**
 * Published documents for everyone; staff also see what belongs to their sites (all of it with
 * a province-wide role).
 */
export const publishedOrStaff: Access = ({ req }) => {
  const sites = sitesWithRole(req.user, 'journalist')
  if (sites === true) return true
  if (sites.length === 0) return publishedOnlyWhere
  return { or: [publishedOnlyWhere, inSites(sites)] }
}

/** `where`, limited to `sites` unless the role is province-wide. */
const scoped = (where: Where, sites: true | SiteId[]): Where =>
  sites === true ? where : { and: [where, inSites(sites)] }

/** Editors of the document's site (every site with a province-wide role). */
export const editorOfSite: Access = ({ req }) => {
  const sites = sitesWithRole(req.user, 'editor')
  if (sites === true) return true
  return sites.length ? inSites(sites) : false
}

/** Staff of the document's site: versions and drafts of other sites stay theirs. */
export const staffOfSite: Access = ({ req }) => {
  const sites = sitesWithRole(req.user, 'journalist')
  if (sites === true) return true
  return sites.length ? { 'version.tenant': { in: sites } } : false
}

/** An admin, or the user looking at their own account. */
export const adminOrSelf: Access = ({ req }) => {
  if (isAdminUser(req.user)) return true
  // Only a staff account is "self" here: a partner's key (another auth collection) shares ID
  // numbers with user accounts and must never read one.
  if (!req.user || req.user.collection !== 'users') return false
  return { id: { equals: req.user.id } }
}

/**
 * Editors of the site change any of its media; a journalist only what they uploaded (and
 * hooks/mediaInUse.ts: not while it is live).
 */
export const editorOrOwnUpload: Access = ({ req }) => {
  if (isEditorUser(req.user)) return true
  if (!isStaffUser(req.user) || !req.user) return false
  const own: Where = scoped({ uploadedBy: { equals: req.user.id } }, sitesWithRole(req.user, 'journalist'))
  const edited = sitesWithRole(req.user, 'editor') as SiteId[]
  return edited.length ? { or: [inSites(edited), own] } : own
}

/**
 * Editors of the site change any of its articles; a journalist changes only articles they
 * author that are not published, on their sites (publishing is an editor's decision, and so is
 * changing what is live).
 */
export const editorOrOwnDraft: Access = ({ data, req }) => {
  if (isEditorUser(req.user)) return true
  if (!isStaffUser(req.user) || !req.user) return false
  const edited = sitesWithRole(req.user, 'editor') as SiteId[]
  // Asked with the data of a publish (the admin asks this to show its Publish button): editors only.
  if ((data as { _status?: string } | undefined)?._status === 'published')
    return edited.length ? inSites(edited) : false
  const ownDraft = scoped(
    { and: [{ authors: { contains: req.user.id } }, { _status: { not_equals: 'published' } }] },
    sitesWithRole(req.user, 'journalist'),
  )
  return edited.length ? { or: [inSites(edited), ownDraft] } : ownDraft
}
