import { createHmac, timingSafeEqual } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { isAdminUser } from '../../access/roles'

export const RUNNER_HEADER = 'x-ntm-job-runner'

/** A key only a process that knows PAYLOAD_SECRET can make: the production server's own job runner. */
export const jobRunnerKey = (secret: string): string =>
  createHmac('sha256', secret).update('ntm-job-runner').digest('hex')

/**
 * Who may call `/api/payload-jobs/run`: the server's own runner (server/main.ts, with the key)
 * and admins. Nobody else can make the server run queued jobs early.
 */
export const mayRunJobs = ({ req }: { req: PayloadRequest }): boolean => {
  if (isAdminUser(req.user)) return true
  const given = req.headers.get(RUNNER_HEADER)
  if (!given) return false
  const expected = Buffer.from(jobRunnerKey(req.payload.config.secret))
  const actual = Buffer.from(given)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
