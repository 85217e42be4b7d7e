/**
 * `npm run search:rebuild`: empties the search index and fills it again from the content of the
 * database named by DATABASE_URI (every published article, every event, commune and criterion).
 * Safe while the server runs: searches during the rebuild find fewer results, never wrong ones.
 * Run after restoring a database from a backup, or if a save's indexing was logged as failed.
 * Production mode and `--conditions=production` as for the seed (scripts/seed.ts says why).
 */
import nextEnv from '@next/env'

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production')
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { closeSearchIndex, rebuildSearchIndex } = await import('../lib/search/engine')

const payload = await getPayload({ config })
const started = Date.now()
const count = await rebuildSearchIndex(payload)
console.log(`Search index rebuilt: ${count} documents in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
await closeSearchIndex(payload)
await payload.destroy()
process.exit(0)
