import { APIError, type CollectionBeforeChangeHook, type FieldHook, type PayloadRequest } from 'payload'

import { hasRoleAt } from '../access/roles'
import { message } from '../lib/i18n'
import { relationId, sameId } from '../lib/relations'

/** Whether a Lexical tree holds an upload node for media `id`. */
const bodyUses = (node: unknown, id: string): boolean => {
  if (!node || typeof node !== 'object') return false
  const value = node as {
    type?: string
    relationTo?: string
    value?: unknown
    children?: unknown[]
    root?: unknown
  }
  if (value.type === 'upload' && value.relationTo === 'media' && sameId(value.value as never, id)) return true
  if (value.root) return bodyUses(value.root, id)
  return (value.children ?? []).some((child) => bodyUses(child, id))
}

/** Whether a published article shows media `id` (as its cover or in its body). */
export const isMediaLive = async (req: PayloadRequest, id: number | string): Promise<boolean> => {
  const wanted = String(id)
  for (let page = 1; ; page += 1) {
    const result = await req.payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      select: { cover: true, body: true },
      depth: 0,
      limit: 100,
      page,
      overrideAccess: true,
      req,
    })
    for (const doc of result.docs as { cover?: unknown; body?: unknown }[]) {
      if (sameId(doc.cover as never, wanted) || bodyUses(doc.body, wanted)) return true
    }
    if (!result.hasNextPage) return false
  }
}

/**
 * A journalist changes only media they uploaded (access, `uploadedBy`) and only while no published
 * article shows it: replacing a file or its alt text would change a live page without an editor.
 * Editors and admins of the media's site are not limited.
 */
export const refuseLiveMediaForJournalists: CollectionBeforeChangeHook = async ({
  operation,
  originalDoc,
  req,
  data,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  if (req.user && hasRoleAt(req.user, 'editor', relationId(originalDoc.tenant))) return data
  if (await isMediaLive(req, originalDoc.id)) {
    throw new APIError(
      message(req, (d) => d.errors.mediaLive),
      403,
      null,
      true,
    )
  }
  return data
}

/** Who uploaded a media document: set from the session on create, kept as it was on every update (never from the request). */
export const uploaderOf: FieldHook = ({ operation, originalDoc, req }) =>
  operation === 'create'
    ? req.user?.collection === 'users'
      ? req.user.id
      : null
    : (originalDoc as { uploadedBy?: unknown } | undefined)?.uploadedBy
