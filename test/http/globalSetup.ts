import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { freePort, nextBin, run, TEST_DIST_DIR, waitForHttp } from '../helpers/server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/**
 * Prepares a fresh SQLite file the way the demo command does (committed migrations, then the demo
 * content, in production mode), builds the production server once against it, and serves it
 * with scripts/serve.mjs (Next.js as `next start` runs it) on a free port.
 * NTM_TEST_REUSE_BUILD=1 skips the build when one exists (local iteration only; CI builds).
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-http-'))
  const logFile = path.join(dir, 'server.log')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: TEST_DIST_DIR,
    DATABASE_URI: `file:${path.join(dir, 'http.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: `http-test-${Date.now()}`,
    PAYLOAD_JOBS_AUTORUN: 'false',
  }
  // Content first: the build prerenders pages from the database, as a real deployment does.
  await run('npm', ['run', '--silent', 'seed'], env, logFile)
  const reuse =
    process.env.NTM_TEST_REUSE_BUILD === '1' && fs.existsSync(path.join(TEST_DIST_DIR, 'BUILD_ID'))
  if (!reuse) {
    // Cached reads of an earlier run's database must not leak into this one.
    fs.rmSync(path.join(TEST_DIST_DIR, 'cache', 'fetch-cache'), { recursive: true, force: true })
    await run(process.execPath, [nextBin, 'build'], env, logFile)
  }

  const port = await freePort()
  const log = fs.openSync(logFile, 'a')
  // The production server as deployed: Next.js behind scripts/serve.mjs.
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log],
  })
  const baseUrl = `http://127.0.0.1:${port}`
  try {
    await waitForHttp(`${baseUrl}/`, server)
  } catch (error) {
    server.kill('SIGKILL')
    throw new Error(`${(error as Error).message}\n${fs.readFileSync(logFile, 'utf8').slice(-4000)}`)
  }
  project.provide('baseUrl', baseUrl)

  return async () => {
    server.kill('SIGTERM')
    await new Promise((resolve) => {
      const timer = setTimeout(() => {
        server.kill('SIGKILL')
        resolve(undefined)
      }, 5000)
      server.on('exit', () => {
        clearTimeout(timer)
        resolve(undefined)
      })
    })
    fs.closeSync(log)
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
