import { payloadSecret } from '../env'
import { jobRunnerKey, RUNNER_HEADER } from './runnerKey'

/**
 * The production server's job runner (started by server/main.ts): asks the server itself, over loopback,
 * to run due jobs, at start (jobs that fell due while it was down) and then every
 * PAYLOAD_JOBS_INTERVAL_SECONDS (60). One run at a time. Jobs live in the database, so nothing
 * is lost across restarts; with several processes, Payload's job locking runs each job once.
 */
export const startJobRunner = (origin: string, env: NodeJS.ProcessEnv = process.env) => {
  const seconds = Number(env.PAYLOAD_JOBS_INTERVAL_SECONDS) || 60
  const key = jobRunnerKey(payloadSecret(env))
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      const response = await fetch(`${origin}/api/payload-jobs/run?queue=default&limit=20`, {
        headers: { [RUNNER_HEADER]: key },
      })
      if (!response.ok) console.error(`job runner: ${response.status} ${await response.text()}`)
    } catch (error) {
      console.error('job runner:', error)
    } finally {
      running = false
    }
  }
  void tick()
  const timer = setInterval(tick, seconds * 1000)
  return () => clearInterval(timer)
}
