import type { Logger } from 'pino'

import { payloadSecret } from '../env'
import { jobRunnerKey, RUNNER_HEADER } from './runnerKey'

/**
 * The production server's job runner (started by server/main.ts): asks the server itself, over loopback,
 * to run due jobs, at start (jobs that fell due while it was down) and then every
 * PAYLOAD_JOBS_INTERVAL_SECONDS (60). One run at a time. Jobs live in the database, so nothing
 * is lost across restarts; with several processes, Payload's job locking runs each job once.
 * Each run that ran something, or failed, leaves one log line (`msg: "jobs"`).
 */
export const startJobRunner = (origin: string, log: Logger, env: NodeJS.ProcessEnv = process.env) => {
  const seconds = Number(env.PAYLOAD_JOBS_INTERVAL_SECONDS) || 60
  const key = jobRunnerKey(payloadSecret(env))
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    const start = performance.now()
    try {
      const response = await fetch(`${origin}/api/payload-jobs/run?queue=default&limit=20`, {
        headers: { [RUNNER_HEADER]: key },
      })
      const text = await response.text()
      const ms = Math.round(performance.now() - start)
      if (!response.ok) log.error({ msg: 'jobs', status: response.status, ms, answer: text.slice(0, 500) })
      else {
        // Payload answers `{ message, noJobsRemaining, jobStatus: { <id>: { status } } }`.
        const ran = Object.entries(
          (JSON.parse(text) as { jobStatus?: Record<string, { status?: string }> }).jobStatus ?? {},
        )
        const line = {
          msg: 'jobs',
          status: response.status,
          ms,
          jobs: ran.map(([id, job]) => ({ id, status: job.status })),
        }
        if (ran.length) log.info(line)
        else log.debug(line)
      }
    } catch (error) {
      log.error({ msg: 'jobs', err: error })
    } finally {
      running = false
    }
  }
  void tick()
  const timer = setInterval(tick, seconds * 1000)
  return () => clearInterval(timer)
}
