import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../scripts/lib/server'
import { ensureStaff } from '../helpers/http'
import { suiteServer } from '../helpers/servers'

/** The API rate limit, on a server of its own with tiny limits and a 3-second window. */
let server: RunningServer
let own: Awaited<ReturnType<typeof suiteServer>>
let editorToken: string

const get = (headers: Record<string, string>) => fetch(`${server.url}/api/categories?limit=1`, { headers })

beforeAll(async () => {
  editorToken = (await ensureStaff()).editor
  own = await suiteServer('limits', {
    API_RATE_LIMIT: '5',
    API_RATE_LIMIT_AUTHENTICATED: '8',
    API_RATE_WINDOW_SECONDS: '3',
  })
  server = own.server
})

afterAll(async () => {
  await own?.stop()
})

describe('API rate limit', () => {
  it('answers 429 with Retry-After past the limit, per client, and recovers after the window', async () => {
    // A client's window starts with its first request (rate-limiter-flexible); the wait keeps
    // this test clear of the other test's clients.
    await new Promise((r) => setTimeout(r, 3000 - (Date.now() % 3000) + 50))
    const a = { 'x-forwarded-for': '198.51.100.10' }
    const statuses = []
    for (let n = 0; n < 6; n += 1) statuses.push((await get(a)).status)
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
    const refused = await get(a)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect((await refused.json()).errors[0].message).toMatch(/too many requests/)
    // Another client is not affected.
    expect((await get({ 'x-forwarded-for': '198.51.100.11' })).status).toBe(200)
    await new Promise((r) => setTimeout(r, Number(refused.headers.get('retry-after')) * 1000 + 100))
    expect((await get(a)).status).toBe(200)
  })

  it('gives signed-in clients their own, higher limit', async () => {
    await new Promise((r) => setTimeout(r, 3000 - (Date.now() % 3000) + 50))
    const statuses = []
    for (let n = 0; n < 9; n += 1) statuses.push((await get({ Authorization: `JWT ${editorToken}` })).status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(8)
    expect(statuses.at(-1)).toBe(429)
  })
})
