/**
 * `npm run seed [-- --if-empty]`: loads the demo content into the database named by
 * DATABASE_URI (default data/ntm-portal.db). Runs in production mode, so the schema comes from
 * the committed migrations and the database stays fit for `next start`.
 *
 * Run through scripts/run-seed.mjs, which bundles this file first (see there why).
 */
import nextEnv from '@next/env'

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production')
// After the environment is loaded: the config reads DATABASE_URI and friends when imported.
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { seedDemo } = await import('../seed')

const ifEmpty = process.argv.includes('--if-empty')
const payload = await getPayload({ config })
const report = await seedDemo(payload, { ifEmpty })
const created = Object.entries(report.created).map(([what, n]) => `${what}: ${n}`)
// console.log, not the logger: it is written before process.exit, even to a pipe or a file.
console.log(
  report.skipped
    ? 'Seed: the database already has content; nothing loaded (--if-empty).'
    : `Seed: ${created.length ? created.join(', ') : 'everything was already there'}.`,
)
await payload.destroy()
process.exit(0)
