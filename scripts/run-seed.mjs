#!/usr/bin/env node
/**
 * `npm run seed`: bundles scripts/seed.ts (our TypeScript only; packages stay external) with
 * esbuild and runs it with plain Node. Not `payload run` or `node --import tsx`: loading the
 * Payload config's module graph through tsx's ESM loader deadlocks now and then (seen here about
 * one run in ten, more often on a fresh machine); under `payload run` the deadlock even exits 0
 * having done nothing. Bundled, it loaded cleanly in every trial.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outfile = path.join(root, 'node_modules', '.cache', 'ntm-portal', 'seed.mjs')

await build({
  entryPoints: [path.join(root, 'scripts', 'seed.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // Resolved by Next's bundler in the app; plain Node needs the file name.
  alias: { '@payload-config': path.join(root, 'payload.config.ts'), 'next/cache': 'next/cache.js' },
  logLevel: 'warning',
})

const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
})
process.exit(result.status ?? 1)
