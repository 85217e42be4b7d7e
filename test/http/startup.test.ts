import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, inject, it } from 'vitest'

import { freePort } from '../../scripts/lib/server'

/**
 * A server that cannot use its configuration or its database stops at once, with one line on
 * stderr and exit status 1, so that a service manager sees the failure (and restarts or alerts)
 * instead of a process that hangs or exits 0. Each case is the production server as deployed.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-startup-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const start = async (settings: Record<string, string>) => {
  const port = await freePort()
  const started = Date.now()
  return new Promise<{ code: number | null; stderr: string; stdout: string; seconds: number }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/serve.mjs'], {
      env: {
        ...process.env,
        ...inject('serverEnv'),
        PORT: String(port),
        HOST: '127.0.0.1',
        SERVER_URL: `http://localhost:${port}`,
        ...settings,
      },
    })
    let stderr = ''
    let stdout = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdout.on('data', (chunk) => (stdout += chunk))
    // A server that did start is a failure of the test: stop it.
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stderr, stdout, seconds: (Date.now() - started) / 1000 })
    })
  })
}

const expectOneLine = (result: Awaited<ReturnType<typeof start>>, pattern: RegExp) => {
  expect(result.code, result.stderr + result.stdout).toBe(1)
  const lines = result.stderr.split('\n').filter((line) => line.trim())
  expect(lines, result.stderr).toHaveLength(1)
  expect(lines[0]).toMatch(/^ntm: cannot start: /)
  expect(lines[0]).toMatch(pattern)
  expect(result.seconds).toBeLessThan(15)
}

describe('start-up failures: one line, exit 1, within seconds', () => {
  it('an unsupported DATABASE_URI (its password never printed)', async () => {
    const result = await start({ DATABASE_URI: 'postgres://ntm:mat-khau-bi-mat@db.example/ntm' })
    expectOneLine(result, /DATABASE_URI is not supported \(got postgres:\)/)
    expect(result.stderr).not.toContain('mat-khau-bi-mat')
  })

  it('an unreachable MongoDB', async () => {
    const port = await freePort()
    const result = await start({
      DATABASE_URI: `mongodb://ntm:mat-khau-bi-mat@127.0.0.1:${port}/ntm`,
      DATABASE_CONNECT_TIMEOUT_SECONDS: '2',
    })
    expectOneLine(result, /MongoDB did not answer within 2 s/)
    expect(result.stderr).not.toContain('mat-khau-bi-mat')
  })

  it('a file that is not a SQLite database', async () => {
    const file = path.join(dir, 'not-a-database.db')
    fs.writeFileSync(file, 'Đây không phải cơ sở dữ liệu. '.repeat(200))
    expectOneLine(
      await start({ DATABASE_URI: `file:${file}` }),
      /cannot use the SQLite database .*not-a-database\.db/,
    )
  })

  it('a database folder that cannot be made', async () => {
    const blocker = path.join(dir, 'a-file')
    fs.writeFileSync(blocker, '')
    expectOneLine(
      await start({ DATABASE_URI: `file:${path.join(blocker, 'inside', 'portal.db')}` }),
      /cannot make the database folder/,
    )
  })

  it('a bad SERVER_URL, LOG_LEVEL or TRUSTED_PROXIES', async () => {
    expectOneLine(await start({ SERVER_URL: 'ftp://portal.example' }), /SERVER_URL/)
    expectOneLine(await start({ LOG_LEVEL: 'loud' }), /LOG_LEVEL is not a level/)
    expectOneLine(await start({ TRUSTED_PROXIES: 'not-an-address' }), /not-an-address/)
  })

  it('with several processes, still one line and exit 1', async () => {
    expectOneLine(
      await start({ SERVER_PROCESSES: '2', DATABASE_URI: 'redis://localhost' }),
      /DATABASE_URI is not supported/,
    )
  })
})
