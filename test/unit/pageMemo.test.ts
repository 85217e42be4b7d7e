import http from 'node:http'
import zlib from 'node:zlib'

import { describe, expect, it, vi } from 'vitest'

import { CONTENT_CHANGED_EVENT as emitted } from '../../lib/revalidate'
import { CONTENT_CHANGED_EVENT, createPageMemo, isShareable } from '../../scripts/lib/pageMemo.mjs'

type Answer = { status: number; headers: http.OutgoingHttpHeaders; body: Buffer }

/** Runs `memo.answer` against a real ServerResponse on a loopback socket and reads the answer. */
const ask = async (
  memo: ReturnType<typeof createPageMemo>,
  url: string,
  headers: Record<string, string> = {},
): Promise<Answer | null> => {
  let answered = true
  const server = http.createServer((req, res) => {
    answered = memo.answer(req, res)
    if (!answered) res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  try {
    const answer = await new Promise<Answer>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: url, headers }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          )
        })
        .on('error', reject)
    })
    return answered ? answer : null
  } finally {
    server.close()
  }
}

const page = (text: string) => ({
  headers: {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 's-maxage=60',
    'x-nextjs-cache': 'MISS',
    'x-ratelimit-remaining': '7',
  },
  body: Buffer.from(`<html><body>${text}</body></html>`),
})

describe('the page memo of scripts/serve.mjs', () => {
  it('listens for the event lib/revalidate.ts emits', () => {
    expect(CONTENT_CHANGED_EVENT).toBe(emitted)
  })

  it('keeps only what Next marks as shareable', () => {
    expect(isShareable('s-maxage=60, stale-while-revalidate=31535940')).toBe(true)
    expect(isShareable('public, max-age=60')).toBe(true)
    expect(isShareable('private, no-cache, no-store, max-age=0, must-revalidate')).toBe(false)
    expect(isShareable('')).toBe(false)
  })

  it('sends a kept page plain or gzipped, with an ETag, and 304 when the reader has it', async () => {
    const memo = createPageMemo({ refresh: vi.fn() })
    expect(await ask(memo, '/tin-tuc')).toBeNull()
    memo.store('/tin-tuc', page('Tin tức'), memo.generation())

    const plain = await ask(memo, '/tin-tuc')
    expect(plain?.status).toBe(200)
    expect(plain?.body.toString()).toContain('Tin tức')
    expect(plain?.headers['x-ntm-cache']).toBe('HIT')
    expect(plain?.headers['cache-control']).toBe('s-maxage=60')
    expect(plain?.headers['x-nextjs-cache']).toBe('HIT')
    // Another client's rate-limit count is not replayed.
    expect(plain?.headers['x-ratelimit-remaining']).toBeUndefined()

    const gzipped = await ask(memo, '/tin-tuc', { 'accept-encoding': 'gzip, br' })
    expect(gzipped?.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gzipped!.body).toString()).toContain('Tin tức')

    const again = await ask(memo, '/tin-tuc', { 'if-none-match': String(plain?.headers.etag) })
    expect(again?.status).toBe(304)
    expect(again?.body.length).toBe(0)
  })

  it('drops everything on a content change and refuses a render that began before it', async () => {
    const memo = createPageMemo({ refresh: vi.fn() })
    const before = memo.generation()
    memo.store('/', page('cũ'), before)
    memo.clear()
    expect(await ask(memo, '/')).toBeNull()
    memo.store('/', page('cũ'), before)
    expect(await ask(memo, '/')).toBeNull()
    memo.store('/', page('mới'), memo.generation())
    expect((await ask(memo, '/'))?.body.toString()).toContain('mới')
  })

  it('sends a stale page once past its time and asks for one refresh at a time', async () => {
    let finish = () => {}
    const refresh = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    const memo = createPageMemo({ freshMs: 0, refresh })
    memo.store('/xa', page('xã'), memo.generation())
    await new Promise((r) => setTimeout(r, 5))
    expect((await ask(memo, '/xa'))?.status).toBe(200)
    expect((await ask(memo, '/xa'))?.status).toBe(200)
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(refresh).toHaveBeenCalledWith('/xa')
    finish()
    await new Promise((r) => setTimeout(r, 5))
    await ask(memo, '/xa')
    expect(refresh).toHaveBeenCalledTimes(2)
  })

  it('forgets a page it could not refresh, so the next reader gets it from Next', async () => {
    const memo = createPageMemo({ freshMs: 0, refresh: () => Promise.reject(new Error('down')) })
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    memo.store('/su-kien', page('sự kiện'), memo.generation())
    await new Promise((r) => setTimeout(r, 5))
    expect((await ask(memo, '/su-kien'))?.status).toBe(200)
    await new Promise((r) => setTimeout(r, 5))
    expect(await ask(memo, '/su-kien')).toBeNull()
    quiet.mockRestore()
  })

  it('holds at most maxEntries pages, dropping the least recently used', async () => {
    const memo = createPageMemo({ maxEntries: 2, refresh: vi.fn() })
    memo.store('/a', page('a'), memo.generation())
    memo.store('/b', page('b'), memo.generation())
    await ask(memo, '/a')
    memo.store('/c', page('c'), memo.generation())
    expect(memo.size()).toBe(2)
    expect(await ask(memo, '/b')).toBeNull()
    expect(await ask(memo, '/a')).not.toBeNull()
  })
})
