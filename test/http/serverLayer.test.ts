import net from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../scripts/lib/server'
import { ensureStaff, type StaffTokens } from '../helpers/http'
import { suiteServer } from '../helpers/servers'

/**
 * The server layer in front of Next (server/), from outside, on a server of its own (short
 * timeouts) on the suite's database: what it keeps or marks public, how it reads paths, and the
 * limits on bodies and slow clients.
 */
let server: RunningServer
let own: Awaited<ReturnType<typeof suiteServer>>
let tokens: StaffTokens
let unique = 0

beforeAll(async () => {
  tokens = await ensureStaff()
  own = await suiteServer('layer', {
    HEADERS_TIMEOUT_SECONDS: '1',
    REQUEST_TIMEOUT_SECONDS: '2',
    GRAPHQL_MAX_BODY_BYTES: '100000',
  })
  server = own.server
})

afterAll(async () => {
  await own?.stop()
})

const get = async (target: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.url}${target}`, { headers, redirect: 'manual' })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

/** Sends raw bytes and returns what the server answered (the socket is closed after `waitMs`). */
const raw = (bytes: string, waitMs = 3000): Promise<string> =>
  new Promise((resolve) => {
    const { port } = new URL(server.url)
    const socket = net.connect(Number(port), '127.0.0.1')
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')))
    socket.on('error', () => {})
    socket.on('close', () => resolve(answer))
    socket.write(bytes)
    setTimeout(() => socket.destroy(), waitMs).unref()
  })

describe('answers for staff are never kept or public, however the session is spelled', () => {
  const jwt = () => tokens.admin
  const variants: [string, () => Record<string, string>][] = [
    ['cookie', () => ({ cookie: `payload-token=${jwt()}` })],
    ['cookie with a space before =', () => ({ cookie: `payload-token =${jwt()}` })],
    ['cookie with spaces around', () => ({ cookie: ` payload-token = ${jwt()} ;` })],
    ['cookie after another', () => ({ cookie: `payload-lng=vi; payload-token=${jwt()}` })],
    ['quoted cookie', () => ({ cookie: `payload-token="${jwt()}"` })],
    ['unknown cookie only', () => ({ cookie: 'ga=1' })],
    ['cookie without a value', () => ({ cookie: 'payload-token' })],
    ['JWT header', () => ({ authorization: `JWT ${jwt()}` })],
    ['Bearer header', () => ({ authorization: `Bearer ${jwt()}` })],
    ['empty Authorization', () => ({ authorization: '' })],
  ]

  it.each(variants)(
    '%s: no HIT, never public, and nothing left for the next anonymous reader',
    async (_, headers) => {
      for (const base of ['/api/users?limit=5', '/api/articles?limit=2&depth=0', '/tin-tuc', '/rss.xml']) {
        const target = `${base}${base.includes('?') ? '&' : '?'}v=${Date.now()}-${unique++}`
        for (let n = 0; n < 2; n += 1) {
          const answer = await get(target, headers())
          expect(answer.headers.get('x-ntm-cache'), target).toBeNull()
          expect(answer.headers.get('cache-control') ?? '', target).not.toMatch(/public/)
        }
        const anonymous = await get(target)
        expect(anonymous.headers.get('x-ntm-cache'), target).toBeNull()
        expect(anonymous.text, target).not.toContain('@test.example')
      }
    },
  )

  it('while the same reads without credentials are kept', async () => {
    const target = `/api/articles?limit=2&depth=0&v=${unique++}`
    await get(target)
    const second = await get(target)
    expect(second.headers.get('x-ntm-cache')).toBe('HIT')
    expect(second.headers.get('cache-control')).toMatch(/public/)
    // The admin's language cookie is the one cookie a shared answer may go to.
    expect((await get(target, { cookie: 'payload-lng=vi' })).headers.get('x-ntm-cache')).toBe('HIT')
  })
})

describe('paths are read once, as Next routes them', () => {
  const tricks = [
    '/x/../api/articles?where=abc',
    '/x/%2e%2e/api/articles?where=abc',
    '/x/%2E%2E/api/articles?where=abc',
    '/x/.%2e/api/articles?where=abc',
    '/./api/articles?where=abc',
    '/api/./articles?where=abc',
    '/api/media/file/../../categories',
    '/api/media/file/%2e%2e/%2e%2e/categories',
    '/api/media/file/..%2f..%2fcategories',
    '/api%2farticles?where=abc',
    '/api/articles%2f?where=abc',
    '/api%5carticles?where=abc',
    '/api\\articles?where=abc',
    '/api/articles/%',
    '/api/articles/%zz',
    '/tin-tuc/%00',
    '/tin-tuc/%c0%ae%c0%ae',
  ]

  it.each(tricks)('%s is refused with 400, never reaching a route', async (target) => {
    const answer = await rawStatus(target)
    expect(answer).toBe(400)
  })

  it('folds double slashes with a redirect to a path on this site (reads) or refuses them (writes)', async () => {
    for (const target of [
      '//api/articles?where=abc',
      '/api//articles?where=abc',
      '//evil.example/x',
      '///evil.example',
    ]) {
      const answer = await get(target)
      expect(answer.status, target).toBe(308)
      const location = answer.headers.get('location') ?? ''
      expect(location.startsWith('/') && !location.startsWith('//'), location).toBe(true)
      const followed = await get(location)
      expect(followed.status, location).toBeLessThan(500)
      if (location.includes('where=abc')) expect(followed.status).toBe(400)
    }
    const write = await fetch(`${server.url}//api/articles`, { method: 'POST', body: '{}' })
    expect(write.status).toBe(400)
  })

  /** The status of a request sent byte for byte (fetch would normalise the path first). */
  const rawStatus = async (target: string) => {
    const answer = await raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)
    return Number(answer.slice(9, 12))
  }

  it('the same checks hold for every spelling of a rate-limited path', async () => {
    // /api/media/file/ is not rate-limited; a path that leaves it must not inherit that.
    expect(await rawStatus('/api/media/file/../../../api/users')).toBe(400)
    expect(await rawStatus('/api/media/file/%2e%2e/%2e%2e/users')).toBe(400)
  })
})

describe('request bodies and slow clients', () => {
  it('answers a 10 MB GraphQL body with 413 before reading it', async () => {
    // Only the headers are sent: the answer must come without the body ever arriving.
    const answer = await raw(
      'POST /api/graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 10485760\r\n\r\n',
      2000,
    )
    expect(answer).toMatch(/^HTTP\/1\.1 413/)
    expect(answer).toMatch(/larger than the 100000 bytes/)
  })

  it('refuses a body of unknown length (411) and an oversized REST write (413)', async () => {
    const chunked = await raw(
      'POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
      2000,
    )
    expect(chunked).toMatch(/^HTTP\/1\.1 411/)
    const big = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.editor}` },
      body: JSON.stringify({ title: 'x'.repeat(3_000_000) }),
    })
    expect(big.status).toBe(413)
  })

  it('answers 408 to a client that sends its headers too slowly', async () => {
    const started = Date.now()
    const answer = await raw('GET /tin-tuc HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ', 6000)
    expect(answer).toMatch(/^HTTP\/1\.1 408/)
    expect(Date.now() - started).toBeLessThan(5000)
  })
})

describe('hosts', () => {
  it('answers an unknown host but never keeps its answers', async () => {
    const target = `/tin-tuc?v=host-${unique++}`
    for (let n = 0; n < 3; n += 1) {
      // fetch() will not send another Host: the request is written by hand.
      const answer = await raw(
        `GET ${target} HTTP/1.1\r\nHost: not-a-site.example\r\nConnection: close\r\n\r\n`,
      )
      expect(answer).toMatch(/^HTTP\/1\.1 200/)
      expect(answer.toLowerCase()).not.toContain('x-ntm-cache')
    }
    // The same path on the site's own host is kept.
    await get(target)
    expect((await get(target)).headers.get('x-ntm-cache')).toBe('HIT')
  })
})
