import {
  AuthenticationError,
  LockedAuth,
  type AfterErrorHook,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionConfig,
} from 'payload'

import { recordAudit, titleOf } from '../../lib/audit/record'
import { appendHooks } from '../appendHooks'
import { fill, message } from '../../lib/i18n'
import { relationId } from '../../lib/relations'

const PASSWORD_SET = 'auditPasswordSet'

type SiteRole = { tenant?: unknown; role?: string | null }
type Account = { role?: string | null; tenants?: SiteRole[] | null }

/** An account's roles as one comparable, readable line: province-wide role, then site:role rows. */
const rolesOf = (account: Account | undefined): string =>
  [
    account?.role ? `tỉnh:${account.role}` : null,
    ...(account?.tenants ?? []).map((row) => `${relationId(row.tenant) ?? '?'}:${row.role ?? ''}`).sort(),
  ]
    .filter(Boolean)
    .join(', ')

/** Payload removes the new password from the data after this hook: note that one is being set. */
const notePassword: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (
    operation === 'update' &&
    typeof data?.password === 'string' &&
    data.password &&
    originalDoc?.id !== undefined
  )
    req.context[PASSWORD_SET] = [
      ...((req.context[PASSWORD_SET] as string[] | undefined) ?? []),
      String(originalDoc.id),
    ]
  return data
}

const afterChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const target = { targetCollection: 'users', targetId: doc.id, targetTitle: titleOf(doc) }
  if (operation === 'create') {
    await recordAudit(req, { action: 'account-created', ...target, detail: rolesOf(doc) || null })
    return doc
  }
  const before = rolesOf(previousDoc)
  const after = rolesOf(doc)
  if (before !== after) {
    const none = message(req, (d) => d.auditDetail.noRole)
    await recordAudit(req, {
      action: 'role-changed',
      ...target,
      detail: fill(
        message(req, (d) => d.auditDetail.roles),
        { before: before || none, after: after || none },
      ),
    })
  }
  if (((req.context[PASSWORD_SET] as string[] | undefined) ?? []).includes(String(doc.id))) {
    await recordAudit(req, { action: 'password-changed', ...target })
  }
  return doc
}

/**
 * Refused sign-ins, from Payload's error handler (its login fails before any hook of the
 * collection runs): a wrong email or password (`login-failed`), and lockouts (`locked-out`: the
 * refusal that locks the account after too many, and every attempt while it is locked). Recorded in a transaction of their own: the
 * request's is rolled back.
 */
export const auditLoginFailure: AfterErrorHook = async ({ error, req, collection }) => {
  if (collection?.slug !== 'users' || !req.pathname?.endsWith('/login')) return
  // By class, not name: the production bundle may rename classes.
  const locked = error instanceof LockedAuth
  if (!locked && !(error instanceof AuthenticationError)) return
  const email = typeof req.data?.email === 'string' ? req.data.email.slice(0, 200) : null
  // The refusal that used up the last attempt locked the account: Payload says so only on the next.
  const account = email
    ? ((await req.payload.db.findOne({
        collection: 'users',
        where: { email: { equals: email.toLowerCase() } },
      })) as {
        lockUntil?: string | null
      } | null)
    : null
  const lockedOut =
    locked || Boolean(account?.lockUntil && new Date(account.lockUntil).getTime() > Date.now())
  await recordAudit(
    req,
    {
      action: lockedOut ? 'locked-out' : 'login-failed',
      targetCollection: 'users',
      targetTitle: email,
      actorName: email
        ? fill(
            message(req, (d) => d.auditDetail.loginFor),
            { email },
          )
        : null,
    },
    { alone: true },
  )
}

/** Accounts: creation, role changes (province-wide or per site), password changes. */
export const withAccountAudit = (collection: CollectionConfig): CollectionConfig =>
  appendHooks(collection, {
    beforeChange: [notePassword],
    afterChange: [afterChange],
    afterError: [auditLoginFailure],
  })
