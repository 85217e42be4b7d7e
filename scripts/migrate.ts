/**
 * `npm run migrate`: applies the committed migrations to the database named by DATABASE_URI, as
 * the server does at start (Payload runs them when it connects in production), with the same
 * guard: a migration that would drop or rewrite data runs over a database in use only with
 * ALLOW_DESTRUCTIVE_MIGRATIONS=1 (lib/db/migrationSafety.ts). Payload's own `payload migrate`
 * reads the files directly and would skip that guard. Exit 1, with one line, when it fails.
 */
import nextEnv from '@next/env'

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production')
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')

try {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0, sort: 'name', depth: 0 })
  console.log(`Migrations applied: ${docs.length} (latest ${docs.at(-1)?.name ?? 'none'}).`)
  await payload.destroy()
  process.exit(0)
} catch (error) {
  process.stderr.write(`ntm: migrate: ${(error as Error).message.split('\n')[0]}\n`)
  process.exit(1)
}
