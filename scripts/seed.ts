/**
 * `npm run seed [-- --if-empty]`: loads the demo content into the database named by
 * DATABASE_URI (default data/ntm-portal.db). Runs in production mode, so the schema comes from
 * the committed migrations and the database stays fit for `next start`.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seedDemo } from '../seed'

const ifEmpty = process.argv.includes('--if-empty')
const payload = await getPayload({ config })
const report = await seedDemo(payload, { ifEmpty })
if (report.skipped) {
  payload.logger.info('Seed: the database already has content; nothing loaded (--if-empty).')
} else {
  const created = Object.entries(report.created).map(([what, n]) => `${what}: ${n}`)
  payload.logger.info(`Seed: ${created.length ? created.join(', ') : 'everything was already there'}.`)
}
process.exit(0)
