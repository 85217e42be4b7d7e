import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { freePort, nextBin, run, startServer, TEST_DIST_DIR } from '../../scripts/lib/server'
import { dropMongoDatabase, mongoDatabase, TEST_ENGINE } from '../helpers/engine'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /** The environment the server runs with, for tests that start a second process on its database. */
    serverEnv: Record<string, string>
  }
}

/**
 * Prepares a fresh SQLite file (or, with TEST_DATABASE_URI, a fresh MongoDB database of its own
 * there, dropped afterwards: test/helpers/engine.ts) the way the demo command does (committed migrations, then the demo
 * content, in production mode), builds the production server once against it, and serves it
 * with the production server (scripts/serve.mjs → server/main.ts) on a free port. The server trusts X-Forwarded-For from localhost, so
 * tests can simulate visitors from many addresses.
 * NTM_TEST_REUSE_BUILD=1 skips the build when one exists (local iteration only; CI builds).
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-http-'))
  const logFile = path.join(dir, 'server.log')
  // A port other than 3000, and the public origin on it: every absolute link must follow it.
  const port = await freePort()
  const serverEnv: Record<string, string> = {
    SERVER_URL: `http://localhost:${port}`,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: TEST_DIST_DIR,
    DATABASE_URI:
      TEST_ENGINE === 'mongodb'
        ? mongoDatabase(process.env.TEST_DATABASE_URI!, `ntm_http_${path.basename(dir).replace(/\W/g, '_')}`)
        : `file:${path.join(dir, 'http.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: `http-test-${Date.now()}`,
    PAYLOAD_JOBS_AUTORUN: 'false',
    TRUSTED_PROXIES: '127.0.0.1,::1',
    // The suites send far more API requests than a client may; test/http/rateLimit.test.ts
    // checks the limiter on a server of its own.
    API_RATE_LIMIT: '1000000',
    API_RATE_LIMIT_AUTHENTICATED: '1000000',
  }
  const env: NodeJS.ProcessEnv = { ...process.env, ...serverEnv }
  // Content first: the build prerenders pages from the database, as a real deployment does.
  await run('npm', ['run', '--silent', 'seed'], env, logFile)
  const reuse =
    process.env.NTM_TEST_REUSE_BUILD === '1' && fs.existsSync(path.join(TEST_DIST_DIR, 'BUILD_ID'))
  if (!reuse) {
    // Cached reads of an earlier run's database must not leak into this one.
    fs.rmSync(path.join(TEST_DIST_DIR, 'cache', 'fetch-cache'), { recursive: true, force: true })
    await run(process.execPath, ['--import', 'tsx', 'scripts/bundleBrowser.ts'], env, logFile)
    await run(process.execPath, [nextBin, 'build'], env, logFile)
  }

  const server = await startServer({ ...env, PORT: String(port) }, logFile)
  project.provide('baseUrl', server.url)
  project.provide('serverEnv', serverEnv)

  return async () => {
    await server.stop()
    if (TEST_ENGINE === 'mongodb' && !process.env.NTM_KEEP_TEST_DIR)
      await dropMongoDatabase(serverEnv.DATABASE_URI)
    // NTM_KEEP_TEST_DIR=1 keeps the database and the server's log for a look after a failure.
    if (process.env.NTM_KEEP_TEST_DIR) console.log(`kept ${dir}`)
    else fs.rmSync(dir, { recursive: true, force: true })
  }
}
