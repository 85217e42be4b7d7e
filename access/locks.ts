import {
  type Access,
  APIError,
  type CollectionBeforeChangeHook,
  type SanitizedCollectionConfig,
  type Where,
} from 'payload'

import { relationId } from '../lib/relations'
import { isAdminUser, isEditorUser, isStaffUser } from './roles'

export const LOCKS = 'payload-locked-documents'

/** Locks are taken by staff only. */
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

/**
 * Editors and admins read every lock (the admin shows who is editing what). A journalist reads
 * their own locks and those on documents they may edit: the admin needs those to say "someone
 * else is editing this"; who edits the rest is none of their business. Locks live only while
 * someone edits, so the list asked about is short.
 */
const readableLocks: Access = async ({ req }) => {
  if (isEditorUser(req.user)) return true
  if (!isStaffUser(req.user) || !req.user) return false
  const { docs } = await req.payload.find({
    collection: LOCKS,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const editable: (number | string)[] = []
  for (const lock of docs as { id: number | string; document?: { relationTo?: string; value?: unknown } }[]) {
    const relationTo = lock.document?.relationTo
    const id = relationId(lock.document?.value)
    if (relationTo && id !== undefined && (await mayEdit(req, relationTo, id))) editable.push(lock.id)
  }
  const visible: Where = { or: [{ 'user.value': { equals: req.user.id } }, { id: { in: editable } }] }
  return visible
}

/**
 * Only staff who may edit a document may lock it (a journalist cannot lock an editor's article),
 * and a lock names its taker: nobody but an admin takes a lock in someone else's name.
 */
const mayLock: CollectionBeforeChangeHook = async ({ data, req, operation }) => {
  const holder = relationId((data as { user?: { value?: unknown } }).user?.value)
  if (operation === 'create' && !isAdminUser(req.user) && holder !== undefined && holder !== req.user?.id)
    throw new APIError('a lock is taken in one’s own name', 403, null, true)
  if (isEditorUser(req.user)) return data
  const document = (data as { document?: { relationTo?: string; value?: unknown } }).document
  const id = relationId(document?.value)
  const allowed =
    document?.relationTo && id !== undefined ? await mayEdit(req, document.relationTo, id) : false
  if (!allowed) throw new APIError('only staff who may edit a document may lock it', 403, null, true)
  return data
}

/**
 * Payload makes the document-locks collection itself, with "any signed-in account" for every
 * operation. Its rules become the newsroom's: staff read (journalists what concerns them), only
 * those who may edit a document lock it, and only the lock's owner, an editor or an admin
 * releases it. Applied by access/payloadCollections.ts once the config is built.
 */
export const applyLockRules = (locks: SanitizedCollectionConfig): void => {
  locks.access = {
    ...locks.access,
    read: readableLocks,
    create: staffOnly,
    update: ownerOrEditor,
    delete: ownerOrEditor,
  }
  locks.hooks = { ...locks.hooks, beforeChange: [...(locks.hooks?.beforeChange ?? []), mayLock] }
}
