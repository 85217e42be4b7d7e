import { type CollectionBeforeChangeHook, type Field, ValidationError } from 'payload'

import { hasRoleAt, isEditorSomewhere, isStaffUser } from '../access/roles'
import { isStaffField } from '../access/rules'
import { label, message, options } from '../lib/i18n'
import { relationId } from '../lib/relations'

/**
 * The newsroom's states. `_status` (Payload's draft/published) says what readers see; this says
 * where the article is in the newsroom: a journalist's draft, awaiting an editor, sent back with
 * a comment, or published. Kept in step with `_status` by `syncWorkflow`.
 */
export const WORKFLOW_STATES = ['nhap', 'cho-duyet', 'tra-lai', 'da-xuat-ban'] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

const JOURNALIST_STATES: readonly string[] = ['nhap', 'cho-duyet']

export const workflowFields: Field[] = [
  {
    name: 'workflow',
    type: 'select',
    // Not `required`: the hook always sets it, and API clients need not send it.
    defaultValue: 'nhap',
    index: true,
    options: options('workflow'),
    label: label((d) => d.fields.workflow),
    // Where a draft is in the newsroom is the newsroom's business, not the API's readers'.
    access: { read: isStaffField },
    admin: { position: 'sidebar', description: label((d) => d.help.workflow) },
  },
  {
    name: 'reviewNote',
    type: 'textarea',
    label: label((d) => d.fields.reviewNote),
    access: {
      read: isStaffField,
      update: ({ req }) => isEditorSomewhere(req.user),
      create: ({ req }) => isEditorSomewhere(req.user),
    },
    admin: { position: 'sidebar', description: label((d) => d.help.reviewNote) },
  },
  {
    // Saved into every version: the version history says who made each save, and when.
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    label: label((d) => d.fields.lastEditedBy),
    access: { read: isStaffField, update: () => false, create: () => false },
    admin: { position: 'sidebar', readOnly: true, hidden: true },
  },
  {
    // The name as it was at the save: staff other than admins cannot read other accounts.
    name: 'lastEditedByName',
    type: 'text',
    label: label((d) => d.fields.lastEditedBy),
    access: { read: isStaffField, update: () => false, create: () => false },
    admin: { position: 'sidebar', readOnly: true },
  },
]

/**
 * Publishing makes the state "published"; a draft (a new one, an unpublished article, or the
 * next draft of a published one) is never "published". Each save records its author.
 */
export const syncWorkflow: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const next = { ...data }
  // A hook, not a field validator: Payload does not validate drafts, and this is about drafts.
  const changed = next.workflow !== undefined && next.workflow !== (originalDoc?.workflow ?? 'nhap')
  const site = relationId(next.tenant ?? originalDoc?.tenant)
  if (
    changed &&
    req.user &&
    !hasRoleAt(req.user, 'editor', site) &&
    !JOURNALIST_STATES.includes(next.workflow)
  ) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'workflow', message: message(req, (d) => d.errors.journalistWorkflow) }],
      req,
    })
  }
  if (next._status === 'published') next.workflow = 'da-xuat-ban'
  else if (next.workflow === 'da-xuat-ban' || !next.workflow) next.workflow = 'nhap'
  if (isStaffUser(req.user) && req.user) {
    next.lastEditedBy = req.user.id
    next.lastEditedByName = (req.user as { displayName?: string }).displayName ?? null
  }
  return next
}
