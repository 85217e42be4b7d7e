import type { PayloadRequest } from 'payload'

import type { AuditLog } from '../../payload-types'
import { CLIENT_ADDRESS_HEADER } from '../net/clientAddress'

export type AuditAction = AuditLog['action']

export type AuditEntry = {
  action: AuditAction
  /** The collection or global acted on (`articles`, `site-settings`, `users`…). */
  targetCollection?: string
  targetId?: string | number | null
  targetTitle?: string | null
  site?: number | string | null
  detail?: string | null
  /** Who, when there is no signed-in account (a failed login: the email tried). */
  actorName?: string | null
}

/** A document's name as the admin shows it. */
export const titleOf = (doc: Record<string, unknown> | null | undefined): string | null => {
  if (!doc) return null
  for (const key of ['title', 'name', 'displayName', 'email', 'filename'])
    if (typeof doc[key] === 'string' && doc[key]) return doc[key] as string
  return doc.id === undefined ? null : String(doc.id)
}

/**
 * Writes one entry of the audit log: who (the signed-in account, and its name as it was), when
 * (its creation time), what, on which site, from which address (as the server layer resolved it).
 * Inside the request's transaction by default, so an entry exists exactly when the change it
 * records was committed, and a failure to record fails the change. `alone`: in a transaction of
 * its own, for events whose request fails (a refused login) and so rolls back.
 */
export const recordAudit = async (
  req: PayloadRequest,
  entry: AuditEntry,
  { alone = false }: { alone?: boolean } = {},
): Promise<void> => {
  const user = req.user?.collection === 'users' ? req.user : null
  const actorName =
    entry.actorName ??
    (user ? `${(user as { displayName?: string }).displayName ?? ''} <${user.email ?? ''}>`.trim() : null)
  const data = {
    action: entry.action,
    actor: user ? (user.id as number) : null,
    actorName,
    targetCollection: entry.targetCollection ?? null,
    targetId: entry.targetId === undefined || entry.targetId === null ? null : String(entry.targetId),
    targetTitle: entry.targetTitle ?? null,
    site: (entry.site ?? null) as number | null,
    detail: entry.detail ?? null,
    address: req.headers?.get?.(CLIENT_ADDRESS_HEADER) ?? null,
  }
  if (!alone) {
    await req.payload.create({ collection: 'audit-log', data, req, overrideAccess: true, depth: 0 })
    return
  }
  try {
    await req.payload.create({ collection: 'audit-log', data, overrideAccess: true, depth: 0 })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `audit log: could not record ${entry.action}` })
  }
}
