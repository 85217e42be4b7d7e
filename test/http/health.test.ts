import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../scripts/lib/server'
import { baseUrl } from '../helpers/http'
import { isolatedDatabase } from '../helpers/servers'
import { TEST_ENGINE } from '../helpers/engine'

/**
 * /healthz and /readyz, answered by the server layer, and the request log, on the suite's server
 * and on a server of this file's own whose database the test takes away and gives back.
 */
describe('health endpoints on a healthy server', () => {
  it('/healthz: alive; /readyz: ready with every check passed, never kept by a cache', async () => {
    const alive = await fetch(`${baseUrl()}/healthz`)
    expect(alive.status).toBe(200)
    expect(alive.headers.get('cache-control')).toBe('no-store')
    expect(await alive.json()).toMatchObject({ status: 'alive', pid: expect.any(Number) })

    const ready = await fetch(`${baseUrl()}/readyz`)
    expect(ready.status).toBe(200)
    const body = await ready.json()
    expect(body.status).toBe('ready')
    expect(body.checks.database.ok).toBe(true)
    expect(body.checks.migrations).toMatchObject({ ok: true, detail: expect.stringMatching(/^\d+ applied$/) })
    expect(body.checks.disk.ok).toBe(true)
  })

  it('answers HEAD, refuses other methods, and exists only at the root of the install', async () => {
    expect((await fetch(`${baseUrl()}/readyz`, { method: 'HEAD' })).status).toBe(200)
    const post = await fetch(`${baseUrl()}/healthz`, { method: 'POST', body: '' })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
    expect((await fetch(`${baseUrl()}/readyz/more`)).status).toBe(404)
  })
})

describe.skipIf(TEST_ENGINE === 'mongodb')('readiness when the database is unavailable or behind', () => {
  let iso: Awaited<ReturnType<typeof isolatedDatabase>>
  let server: RunningServer

  beforeAll(async () => {
    iso = await isolatedDatabase('health')
    server = await iso.start({ LOG_LEVEL: 'info' })
  })
  afterAll(async () => iso?.stop())

  const ready = async () => {
    const response = await fetch(`${server.url}/readyz`)
    return { status: response.status, body: await response.json() }
  }

  it('the database file gone: /readyz 503 naming the database, /healthz still 200; back: ready again', async () => {
    fs.renameSync(iso.file, `${iso.file}.away`)
    try {
      const gone = await ready()
      expect(gone.status).toBe(503)
      expect(gone.body.status).toBe('unavailable')
      expect(gone.body.checks.database).toMatchObject({
        ok: false,
        detail: expect.stringMatching(/database file/),
      })
      expect(gone.body.checks.migrations.ok).toBe(false)
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    } finally {
      fs.renameSync(`${iso.file}.away`, iso.file)
    }
    expect((await ready()).status).toBe(200)
  })

  it('a committed migration not applied: /readyz 503 naming it', async () => {
    const db = iso.db()
    const latest = (await db.execute('SELECT name, batch FROM payload_migrations ORDER BY name DESC LIMIT 1'))
      .rows[0]
    await db.execute({ sql: 'DELETE FROM payload_migrations WHERE name = ?', args: [latest.name] })
    try {
      const behind = await ready()
      expect(behind.status).toBe(503)
      expect(behind.body.checks.migrations).toMatchObject({ ok: false, detail: `1 pending: ${latest.name}` })
      expect(behind.body.checks.database.ok).toBe(true)
    } finally {
      await db.execute({
        sql: 'INSERT INTO payload_migrations (name, batch) VALUES (?, ?)',
        args: [latest.name, latest.batch],
      })
    }
    expect((await ready()).status).toBe(200)
  })

  it('logs one JSON line per request: route, status, time, address; no query string; probes only at debug', async () => {
    await fetch(`${server.url}/tim-kiem?q=${encodeURIComponent('số điện thoại riêng')}`, {
      headers: { 'x-forwarded-for': '203.0.113.77' },
    })
    await fetch(`${server.url}/readyz`)
    await new Promise((r) => setTimeout(r, 300))
    const lines = fs
      .readFileSync(iso.logFile, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    const search = lines.find((line) => line.msg === 'request' && line.path === '/tim-kiem')
    expect(search, fs.readFileSync(iso.logFile, 'utf8').slice(-3000)).toBeDefined()
    expect(search).toMatchObject({
      level: 'info',
      method: 'GET',
      route: '/tim-kiem',
      kind: 'page',
      status: 200,
      pid: expect.any(Number),
      time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      ms: expect.any(Number),
      address: '203.0.113.77',
    })
    expect(fs.readFileSync(iso.logFile, 'utf8')).not.toContain('riêng')
    expect(lines.some((line) => line.path === '/readyz')).toBe(false)
  })
})
