import {
  type Access,
  APIError,
  type CollectionBeforeChangeHook,
  type SanitizedConfig,
  type Where,
} from 'payload'

import { isEditorUser, isStaffUser } from './roles'

const LOCKS = 'payload-locked-documents'

/** A lock is read by staff (the admin shows who holds a document) and never by anyone else. */
const staffOnly: Access = ({ req }) => isStaffUser(req.user)

/** A lock is released or changed by its owner, an editor or an admin. */
const ownerOrEditor: Access = ({ req }) => {
  if (isEditorUser(req.user)) return true
  if (!isStaffUser(req.user) || !req.user) return false
  return { 'user.value': { equals: req.user.id } }
}

/** Whether the request's user may update `id` in `collection`, by that collection's own rule. */
const mayEdit = async (
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  collection: string,
  id: number | string,
): Promise<boolean> => {
  const config = (
    req.payload.collections as Record<string, { config: { access: { update?: Access } } } | undefined>
  )[collection]?.config
  const rule = config?.access.update
  if (!rule) return false
  const verdict = await rule({ req, id: id as number })
  if (verdict === true) return true
  if (!verdict) return false
  const { totalDocs } = await req.payload.count({
    collection: collection as never,
    where: { and: [{ id: { equals: id as number } }, verdict as Where] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** Only staff who may edit a document may lock it (a journalist cannot lock an editor's article). */
const mayLock: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (isEditorUser(req.user)) return data
  const document = (data as { document?: { relationTo?: string; value?: unknown } }).document
  const target = document?.value as { id?: number | string } | number | string | undefined
  const id = typeof target === 'object' ? target?.id : target
  const allowed =
    document?.relationTo && id !== undefined ? await mayEdit(req, document.relationTo, id) : false
  if (!allowed) throw new APIError('only staff who may edit a document may lock it', 403, null, true)
  return data
}

/**
 * Payload makes the document-locks collection itself, with "any signed-in account" for every
 * operation. After the config is built, its rules become the newsroom's: staff read, only
 * those who may edit a document lock it, and only the lock's owner, an editor or an admin
 * releases it.
 */
export const withLockRules = async (built: Promise<SanitizedConfig>): Promise<SanitizedConfig> => {
  const config = await built
  const locks = config.collections.find((collection) => collection.slug === LOCKS)
  if (locks) {
    locks.access = {
      ...locks.access,
      read: staffOnly,
      create: staffOnly,
      update: ownerOrEditor,
      delete: ownerOrEditor,
    }
    locks.hooks = { ...locks.hooks, beforeChange: [...(locks.hooks?.beforeChange ?? []), mayLock] }
  }
  return config
}
