import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import zlib from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { createAnswerMemo, isShareable } from '../../server/answerMemo'

/** A request and a response that records what was written. */
const exchange = (headers: Record<string, string> = {}) => {
  const req = new IncomingMessage(new Socket())
  req.method = 'GET'
  req.headers = headers
  const res = new ServerResponse(req)
  const sent: { status?: number; head?: string[]; body?: Buffer } = {}
  res.writeHead = ((status: number, head: string[]) => {
    sent.status = status
    sent.head = head
    return res
  }) as ServerResponse['writeHead']
  res.end = ((body?: Buffer) => {
    sent.body = body
    return res
  }) as ServerResponse['end']
  return { req, res, sent }
}

const source = { url: '/tin-tuc', host: '127.0.0.1:3000' }
const answer = (text: string) => ({
  headers: { 'content-type': 'text/html', 'set-cookie': 'x=1', 'x-ratelimit-remaining': '5' },
  body: Buffer.from(text),
})

describe('the memory of answers (server/answerMemo.ts)', () => {
  it('keeps only what Next marked shareable', () => {
    expect(isShareable('s-maxage=60, stale-while-revalidate')).toBe(true)
    expect(isShareable('public, max-age=60')).toBe(true)
    expect(isShareable('private, no-cache, no-store')).toBe(false)
    expect(isShareable('public, no-store')).toBe(false)
    expect(isShareable('')).toBe(false)
  })

  it('sends a kept answer plain or gzipped, with an ETag and 304, never another client’s cookies', () => {
    const memo = createAnswerMemo({ maxEntries: 10, freshMs: 60_000, refresh: async () => {} })
    memo.store('k', source, answer('<p>tin</p>'), memo.generation())
    const plain = exchange()
    expect(memo.answer('k', plain.req, plain.res)).toBe(true)
    expect(plain.sent.body?.toString()).toBe('<p>tin</p>')
    expect(plain.sent.head).not.toContain('set-cookie')
    expect(plain.sent.head).not.toContain('x-ratelimit-remaining')
    const etag = plain.sent.head?.[plain.sent.head.indexOf('etag') + 1] as string
    const gzip = exchange({ 'accept-encoding': 'br, gzip;q=0.8' })
    memo.answer('k', gzip.req, gzip.res)
    expect(zlib.gunzipSync(gzip.sent.body as Buffer).toString()).toBe('<p>tin</p>')
    const refusing = exchange({ 'accept-encoding': 'gzip;q=0' })
    memo.answer('k', refusing.req, refusing.res)
    expect(refusing.sent.body?.toString()).toBe('<p>tin</p>')
    const conditional = exchange({ 'if-none-match': etag, 'cache-control': 'no-cache' })
    memo.answer('k', conditional.req, conditional.res)
    expect(conditional.sent.status).toBe(304)
  })

  it('does not store a render that began before a change, and forgets everything on a change', () => {
    const memo = createAnswerMemo({ maxEntries: 10, freshMs: 60_000, refresh: async () => {} })
    const before = memo.generation()
    memo.store('a', source, answer('a'), before)
    memo.clear()
    memo.store('b', source, answer('b'), before)
    expect(memo.size()).toBe(0)
    expect(memo.answer('a', exchange().req, exchange().res)).toBe(false)
  })

  it('refreshes an old answer once in the background, and drops it when the refresh fails', async () => {
    let now = 0
    const refreshed: string[] = []
    let fail = false
    const memo = createAnswerMemo({
      maxEntries: 10,
      freshMs: 5000,
      now: () => now,
      refresh: async (key) => {
        refreshed.push(key)
        if (fail) throw new Error('render failed')
      },
    })
    memo.store('k', source, answer('old'), memo.generation())
    now = 6000
    const first = exchange()
    expect(memo.answer('k', first.req, first.res)).toBe(true)
    memo.answer('k', exchange().req, exchange().res)
    await new Promise((r) => setTimeout(r, 10))
    expect(refreshed).toEqual(['k'])
    fail = true
    memo.answer('k', exchange().req, exchange().res)
    await new Promise((r) => setTimeout(r, 10))
    expect(memo.peek('k')).toBeUndefined()
  })

  it('keeps at most maxEntries, least recently used out first', () => {
    const memo = createAnswerMemo({ maxEntries: 2, freshMs: 60_000, refresh: async () => {} })
    memo.store('a', source, answer('a'), 0)
    memo.store('b', source, answer('b'), 0)
    memo.answer('a', exchange().req, exchange().res)
    memo.store('c', source, answer('c'), 0)
    expect(memo.peek('a')?.toString()).toBe('a')
    expect(memo.peek('b')).toBeUndefined()
  })
})
