/**
 * `npm run seed [-- --if-empty] [-- --sites]`: loads the demo content into the database named by
 * DATABASE_URI (default data/ntm-portal.db). Runs in production mode, so the schema comes from
 * the committed migrations and the database stays fit for `next start`.
 *
 * Node runs it with `--conditions=production`: Lexical 0.50's Node entry points pick their dev or
 * prod build with a top-level await, and Node 20's ESM loader deadlocks on that graph now and then
 * (the process exits 13, or 0 having done nothing under `payload run`). The `production` export
 * condition loads the prod builds directly, with no top-level await.
 */
import nextEnv from '@next/env'

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production')
// After the environment is loaded: the config reads DATABASE_URI and friends when imported.
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { seedDemo } = await import('../seed')

const ifEmpty = process.argv.includes('--if-empty')
// `--sites`: the demo's province office, merged communes and district archive (seed/data/sites.ts).
const sites = process.argv.includes('--sites')
const payload = await getPayload({ config })
const report = await seedDemo(payload, { ifEmpty, sites })
const created = Object.entries(report.created).map(([what, n]) => `${what}: ${n}`)
// console.log, not the logger: it is written before process.exit, even to a pipe or a file.
console.log(
  report.skipped
    ? 'Seed: the database already has content; nothing loaded (--if-empty).'
    : `Seed: ${created.length ? created.join(', ') : 'everything was already there'}.`,
)
await payload.destroy()
process.exit(0)
