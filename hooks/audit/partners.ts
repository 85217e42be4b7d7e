import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import { recordAudit, titleOf } from '../../lib/audit/record'
import { appendHooks } from '../appendHooks'
import { message } from '../../lib/i18n'

const KEY_BEFORE = 'auditPartnerKeyBefore'

/** A partner's key as stored: Payload hides it from hooks' documents; its index identifies it. */
type Key = { opens: boolean; index: string | null }

const storedKey = async (req: PayloadRequest, id: string | number): Promise<Key> => {
  const row = (await req.payload.db.findOne({
    collection: 'partners',
    where: { id: { equals: id } },
    req,
  })) as {
    enableAPIKey?: boolean | null
    apiKeyIndex?: string | null
    enabled?: boolean | null
  } | null
  // A key opens the API when it is issued, switched on, and the partner not stopped.
  const opens = Boolean(row?.enableAPIKey && row.apiKeyIndex && row.enabled !== false)
  return { opens, index: row?.apiKeyIndex ?? null }
}

const keysBefore = (req: PayloadRequest): Map<string, Key> =>
  ((req.context[KEY_BEFORE] as Map<string, Key> | undefined) ??= new Map())

const rememberKey: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.id !== undefined)
    keysBefore(req).set(String(originalDoc.id), await storedKey(req, originalDoc.id))
  return data
}

/**
 * Partner keys: issued (a partner created with a key, a key switched on, a new key in place of
 * the old) and revoked (switched off, the partner stopped, a key replaced, the partner deleted).
 * The key itself is never written to the log.
 */
const afterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const target = { targetCollection: 'partners', targetId: doc.id, targetTitle: titleOf(doc) }
  const was =
    operation === 'create' ? { opens: false, index: null } : (keysBefore(req).get(String(doc.id)) ?? null)
  if (!was) return doc
  const is = await storedKey(req, doc.id)
  const replaced = was.opens && is.opens && was.index !== is.index
  if (was.opens && (!is.opens || replaced)) {
    await recordAudit(req, {
      action: 'partner-key-revoked',
      ...target,
      detail: message(req, (d) =>
        replaced
          ? d.auditDetail.keyReplaced
          : doc.enabled === false
            ? d.auditDetail.partnerDisabled
            : d.auditDetail.keyDisabled,
      ),
    })
  }
  if (is.opens && (!was.opens || replaced))
    await recordAudit(req, { action: 'partner-key-created', ...target })
  return doc
}

/** Deleting a partner whose key opened the API revokes it (read before the row goes). */
const rememberBeforeDelete = async ({ id, req }: { id: string | number; req: PayloadRequest }) => {
  keysBefore(req).set(String(id), await storedKey(req, id))
}

const afterDelete: CollectionAfterDeleteHook = async ({ doc, id, req }) => {
  if (keysBefore(req).get(String(id))?.opens)
    await recordAudit(req, {
      action: 'partner-key-revoked',
      targetCollection: 'partners',
      targetId: doc.id,
      targetTitle: titleOf(doc),
      detail: message(req, (d) => d.auditDetail.keyDeleted),
    })
}

export const withPartnerAudit = (collection: CollectionConfig): CollectionConfig =>
  appendHooks(collection, {
    beforeChange: [rememberKey],
    beforeDelete: [rememberBeforeDelete],
    afterChange: [afterChange],
    afterDelete: [afterDelete],
  })
