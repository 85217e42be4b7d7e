#!/usr/bin/env node
/**
 * `npm run demo`: from a fresh clone to a running portal with demo content, in production mode,
 * on the embedded SQLite database. Plain Node with no dependencies, because it runs before
 * `npm ci` has installed anything. Each step is skipped when already done:
 *   1. install the locked dependencies (`npm ci`);
 *   2. create `.env` with a random PAYLOAD_SECRET (never committed);
 *   3. apply the committed migrations and load the demo content into an empty database;
 *   4. build the production server (its pages are prerendered from that database) when the
 *      sources changed since the last build;
 *   5. serve http://localhost:3000 (PORT to change; SERVER_URL follows it) with scripts/serve.mjs (server/main.ts: Next.js, readers' pages
 *      sent without the client runtime).
 */
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildIfChanged } from './lib/build.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)

const step = (message) => console.log(`\n▶ ${message}`)
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

const runOrExit = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status ?? 1)
  }
}

const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 9)) {
  console.error(`Node.js 20.9 or newer is needed (this is ${process.versions.node}).`)
  process.exit(1)
}

// 1. Dependencies, exactly as locked.
const installedLock = path.join('node_modules', '.package-lock.json')
const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0)
if (!fs.existsSync(installedLock) || mtime('package-lock.json') > mtime(installedLock)) {
  step('Installing dependencies (npm ci)')
  runOrExit(npm, ['ci', '--no-audit', '--no-fund'])
}

// 2. A secret of this machine's own.
const envFile = '.env'
const envText = fs.existsSync(envFile) ? fs.readFileSync(envFile, 'utf8') : ''
if (!/^PAYLOAD_SECRET=.+/m.test(envText)) {
  step('Creating .env with a random PAYLOAD_SECRET')
  const secret = crypto.randomBytes(32).toString('hex')
  const prefix = envText && !envText.endsWith('\n') ? '\n' : ''
  fs.writeFileSync(envFile, `${envText}${prefix}PAYLOAD_SECRET=${secret}\n`, { mode: 0o600 })
}

const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
delete env.NEXT_DIST_DIR

// 3. Schema from the committed migrations, then the demo content if the database is empty.
step('Preparing the database (migrations, demo content)')
runOrExit(npm, ['run', '--silent', 'seed', '--', '--if-empty', '--sites'], env)

// 4. The production build, redone only when a source file changed.
buildIfChanged({
  distDir: '.next',
  env,
  announce: () => step('Building the production server (next build, about two minutes)'),
})

// 5. Serve.
const port = process.env.PORT || '3000'
step(`Serving http://localhost:${port} (site) and http://localhost:${port}/admin (admin). Ctrl+C stops.`)
console.log('  The first visit to /admin creates the first account, which becomes the administrator.')
// Production needs the public origin for every absolute link (feeds, sitemaps, calendars): here
// the port served, unless the environment or .env names the real one.
const serverUrl = /^SERVER_URL=.+/m.test(envText)
  ? {}
  : { SERVER_URL: env.SERVER_URL || `http://localhost:${port}` }
const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  stdio: 'inherit',
  env: { ...env, ...serverUrl, PORT: port },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
