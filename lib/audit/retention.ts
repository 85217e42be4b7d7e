import type { Payload } from 'payload'

const DAY_MS = 24 * 60 * 60 * 1000

/** How long audit entries are kept: AUDIT_RETENTION_DAYS, two years by default. */
export const auditRetentionDays = (env: NodeJS.ProcessEnv = process.env): number => {
  const days = Number(env.AUDIT_RETENTION_DAYS)
  return Number.isFinite(days) && days > 0 ? days : 730
}

/** Removes entries older than the retention period; every process may run it (it is idempotent). */
export const pruneAuditLog = async (payload: Payload, now = Date.now()): Promise<number> => {
  const cutoff = new Date(now - auditRetentionDays() * DAY_MS).toISOString()
  const { docs } = await payload.delete({
    collection: 'audit-log',
    where: { createdAt: { less_than: cutoff } },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}

/** At start, then daily. */
export const keepAuditRetention = (payload: Payload): void => {
  const prune = () =>
    pruneAuditLog(payload).catch((error: unknown) =>
      payload.logger.warn({ err: error, msg: 'audit log: could not remove expired entries' }),
    )
  void prune()
  setInterval(prune, DAY_MS).unref()
}
