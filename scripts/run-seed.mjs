#!/usr/bin/env node
/**
 * Runs scripts/seed.ts under tsx, retrying when Node reports an unsettled top-level await
 * (exit 13). That is the signature of a module-loading deadlock seen here now and then when the
 * Payload config's ESM graph is loaded cold outside Next.js; nothing has been written when it
 * happens, and the seed is idempotent, so running it again is safe. Any other failure stops.
 */
import { spawnSync } from 'node:child_process'

const UNSETTLED_TOP_LEVEL_AWAIT = 13
const TRIES = 4

for (let attempt = 1; attempt <= TRIES; attempt++) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/seed.ts', ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  )
  if (result.status === 0) process.exit(0)
  if (result.status !== UNSETTLED_TOP_LEVEL_AWAIT) process.exit(result.status ?? 1)
  console.error(`Seed: module loading stalled (exit 13), trying again (${attempt}/${TRIES}).`)
}
console.error('Seed: module loading stalled every time; giving up.')
process.exit(1)
