import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  Field,
  PayloadRequest,
  Where,
} from 'payload'

import { isStaffField } from '../access/rules'

/**
 * "Tạo mới" without an empty document. With autosave on, Payload's create view stores a document
 * the moment it opens (so that autosave has something to update); a journalist who opens it and
 * goes back has left an empty, untitled article behind. Payload offers no switch for this short of
 * validating drafts, which would refuse every autosave of an unfinished article. So the document
 * stored on opening is marked provisional: it is the author's while they type, is hidden from
 * the lists, the newsroom desk and every other reader, and becomes an ordinary draft on the first
 * real change (autosave runs only once the author types) or save. Provisional documents older
 * than a day are deleted the next time anyone opens the create view.
 */
export const provisionalField: Field = {
  name: 'provisional',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  access: { read: isStaffField, create: () => false, update: () => false },
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
}

/** Lists, desks and pickers: never a document that is still only an opened create form. */
export const notProvisional: Where = { provisional: { not_equals: true } }

const STALE_AFTER_MS = 24 * 60 * 60 * 1000

/** The admin's create view storing its new document (the local API, inside the page's request). */
const isCreateViewOpening = (req: PayloadRequest, slug: string): boolean =>
  req.payloadAPI === 'local' && (req.pathname ?? '').endsWith(`/collections/${slug}/create`)

/**
 * Field access refuses `provisional` to every write; this hook alone sets it: on the create
 * view's own store, and off at the first change after it (autosave of what the author typed, a save).
 */
export const markProvisional =
  (slug: string): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req }) => {
    if (operation === 'create') return isCreateViewOpening(req, slug) ? { ...data, provisional: true } : data
    return originalDoc?.provisional ? { ...data, provisional: false } : data
  }

export const purgeStaleProvisional =
  (slug: string): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    if (operation !== 'create' || !doc.provisional) return doc
    await req.payload.delete({
      collection: slug as 'articles',
      req,
      overrideAccess: true,
      where: {
        and: [
          { provisional: { equals: true } },
          { updatedAt: { less_than: new Date(Date.now() - STALE_AFTER_MS).toISOString() } },
        ],
      },
    })
    return doc
  }
