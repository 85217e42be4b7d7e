import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  CollectionSlug,
} from 'payload'

import { recordAudit, titleOf } from '../../lib/audit/record'
import { appendHooks } from '../appendHooks'
import { fill, message } from '../../lib/i18n'
import { relationId } from '../../lib/relations'
import { formatDateTime } from '../../lib/vi/format'

type ScheduleJob = {
  taskSlug?: string | null
  completedAt?: string | null
  waitUntil?: string | null
  input?: { type?: 'publish' | 'unpublish'; doc?: { relationTo: string; value: unknown } } | null
}

/** The document a scheduled publish job is about, for its entry. */
const targetOf = async (job: ScheduleJob, req: Parameters<CollectionAfterChangeHook>[0]['req']) => {
  const ref = job.input?.doc
  const id = relationId(ref?.value)
  if (!ref || id === undefined) return {}
  const doc = (await req.payload.db.findOne({
    collection: ref.relationTo as CollectionSlug,
    where: { id: { equals: id } },
    req,
  })) as Record<string, unknown> | null
  return {
    targetCollection: ref.relationTo,
    targetId: id,
    targetTitle: titleOf(doc),
    site: relationId(doc?.tenant) ?? null,
  }
}

const when = (job: ScheduleJob, req: Parameters<CollectionAfterChangeHook>[0]['req']) =>
  fill(
    message(req, (d) =>
      job.input?.type === 'unpublish' ? d.auditDetail.scheduledUnpublish : d.auditDetail.scheduledPublish,
    ),
    { at: job.waitUntil ? formatDateTime(job.waitUntil) : '?' },
  )

/**
 * Scheduling: Payload queues a `schedulePublish` job when an editor schedules a publish or an
 * unpublish, and deletes it when the schedule is cancelled. The publish itself, when it runs, is
 * recorded by the document's own audit (hooks/audit/content.ts).
 */
const queued: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const job = doc as ScheduleJob
  if (operation !== 'create' || job.taskSlug !== 'schedulePublish') return doc
  await recordAudit(req, { action: 'schedule', ...(await targetOf(job, req)), detail: when(job, req) })
  return doc
}

const cancelled: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const job = doc as ScheduleJob
  if (job.taskSlug !== 'schedulePublish' || job.completedAt) return
  await recordAudit(req, {
    action: 'schedule',
    ...(await targetOf(job, req)),
    detail: fill(
      message(req, (d) => d.auditDetail.scheduleCancelled),
      { what: when(job, req) },
    ),
  })
}

/** Payload's jobs collection, with the hooks that record scheduling (payload.config.ts). */
export const withScheduleAudit = ({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }) =>
  appendHooks(defaultJobsCollection, { afterChange: [queued], afterDelete: [cancelled] })
