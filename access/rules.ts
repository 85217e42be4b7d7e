import type { Access, FieldAccess, Where } from 'payload'

import { isAdminUser, isEditorUser, isStaffUser } from './roles'

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

/** Staff see drafts; everyone else sees published documents only. */
export const publishedOrStaff: Access = ({ req }) => (isStaffUser(req.user) ? true : publishedOnlyWhere)

/** An admin, or the user looking at their own account. */
export const adminOrSelf: Access = ({ req }) => {
  if (isAdminUser(req.user)) return true
  // Only a staff account is "self" here: a partner's key (another auth collection) shares ID
  // numbers with user accounts and must never read one.
  if (!req.user || req.user.collection !== 'users') return false
  return { id: { equals: req.user.id } }
}

/** Editors change any media; a journalist only what they uploaded (and hooks/mediaInUse.ts: not while it is live). */
export const editorOrOwnUpload: Access = ({ req }) => {
  if (isEditorUser(req.user)) return true
  if (!isStaffUser(req.user) || !req.user) return false
  return { uploadedBy: { equals: req.user.id } }
}

/**
 * Editors change any article; a journalist changes only articles they author that are not
 * published (publishing is an editor's decision, and so is changing what is live).
 */
export const editorOrOwnDraft: Access = ({ data, req }) => {
  if (isEditorUser(req.user)) return true
  if (!isStaffUser(req.user) || !req.user) return false
  // Asked with the data of a publish (the admin asks this to show its Publish button): no.
  if ((data as { _status?: string } | undefined)?._status === 'published') return false
  const ownDraft: Where = {
    and: [{ authors: { contains: req.user.id } }, { _status: { not_equals: 'published' } }],
  }
  return ownDraft
}
