import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { recordAudit, titleOf } from '../../lib/audit/record'
import { appendHooks } from '../appendHooks'
import { fill, message } from '../../lib/i18n'
import { relationId } from '../../lib/relations'

/** Set on the request by the restore operation: the change it makes is a restore. */
const RESTORING = 'auditRestoringVersion'
/** Readers' status of a document before the change, by id. */
const STATUS_BEFORE = 'auditStatusBefore'

type Status = 'published' | 'draft' | null

/**
 * What readers see: the status of the document itself, not of its latest draft (a draft saved
 * over a published article leaves it published). Read inside the change's transaction.
 */
const publicStatus = async (
  req: PayloadRequest,
  collection: string,
  id: string | number,
): Promise<Status> => {
  const doc = await req.payload.db.findOne({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    req,
  })
  return doc ? (((doc as { _status?: string })._status ?? 'published') as Status) : null
}

const statusesBefore = (req: PayloadRequest): Map<string, Status> =>
  ((req.context[STATUS_BEFORE] as Map<string, Status> | undefined) ??= new Map())

/**
 * The audit trail of content: publish and unpublish (what readers can see changed, whoever or
 * whatever did it: an editor, the scheduler), restore of a version, delete. Edits that readers do
 * not see (drafts, autosaves) are in the versions, not here.
 */
export const withContentAudit = (collection: CollectionConfig): CollectionConfig => {
  const slug = collection.slug
  const drafts = typeof collection.versions === 'object' && Boolean(collection.versions.drafts)
  const site = (doc: Record<string, unknown>) => relationId(doc.tenant) ?? null

  const markRestore: CollectionBeforeOperationHook = ({ args, operation, req }) => {
    if (operation === 'restoreVersion') req.context[RESTORING] = true
    return args
  }
  const rememberStatus: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
    if (drafts && operation === 'update' && originalDoc?.id !== undefined) {
      statusesBefore(req).set(String(originalDoc.id), await publicStatus(req, slug, originalDoc.id))
    }
    return data
  }
  const afterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
    const target = { targetCollection: slug, targetId: doc.id, targetTitle: titleOf(doc), site: site(doc) }
    const before = operation === 'create' ? null : (statusesBefore(req).get(String(doc.id)) ?? null)
    const after = drafts ? await publicStatus(req, slug, doc.id) : null
    if (req.context[RESTORING]) {
      // One restore per operation: later changes in the same request are ordinary ones.
      delete req.context[RESTORING]
      await recordAudit(req, {
        action: 'restore-version',
        ...target,
        detail: drafts
          ? fill(
              message(req, (d) => d.auditDetail.restoredAs),
              {
                status: message(req, (d) =>
                  after === 'published' ? d.auditDetail.statusPublished : d.auditDetail.statusDraft,
                ),
              },
            )
          : null,
      })
      return doc
    }
    if (!drafts) return doc
    // The scheduler's change is recorded under the account that scheduled it, with no address.
    if (after === 'published' && before !== 'published')
      await recordAudit(req, { action: 'publish', ...target })
    if (before === 'published' && after !== 'published')
      await recordAudit(req, { action: 'unpublish', ...target })
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    // An untouched "new article" the admin stored on opening, cleared away a day later: never content.
    if ((doc as { provisional?: boolean }).provisional) return
    await recordAudit(req, {
      action: 'delete',
      targetCollection: slug,
      targetId: doc.id,
      targetTitle: titleOf(doc),
      site: site(doc),
    })
  }
  return appendHooks(collection, {
    beforeOperation: [markRestore],
    beforeChange: [rememberStatus],
    afterChange: [afterChange],
    afterDelete: [afterDelete],
  })
}
