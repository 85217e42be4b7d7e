import { beforeAll, describe, expect, it } from 'vitest'

import { ensureStaff, request, type StaffTokens } from '../helpers/http'

/**
 * The production server's memory of shareable answers (server/answerMemo.ts), seen from
 * outside: repeated anonymous reads come from it, a change shows on the very next read, and
 * nothing personal or per-origin is ever sent from it.
 */
let tokens: StaffTokens

beforeAll(async () => {
  tokens = await ensureStaff()
})

const twice = async (path: string, init: Parameters<typeof request>[1] = {}) => {
  await request(path, init)
  return request(path, init)
}

describe('answers kept in memory', () => {
  it('sends a repeated page, feed and public API read from memory, with an ETag answered by 304', async () => {
    for (const path of ['/tin-tuc', '/rss.xml', '/api/communes?limit=2&depth=0']) {
      const second = await twice(path)
      expect(second.status, path).toBe(200)
      expect(second.headers.get('x-ntm-cache'), path).toBe('HIT')
      const etag = second.headers.get('etag') as string
      expect((await request(path, { headers: { 'if-none-match': etag } })).status, path).toBe(304)
    }
  })

  it('never for a signed-in user, a request with an Origin, or a search asked only once', async () => {
    expect((await twice('/tin-tuc', { token: tokens.editor })).headers.get('x-ntm-cache')).toBeNull()
    expect(
      (await twice('/api/communes?limit=2', { token: tokens.editor })).headers.get('x-ntm-cache'),
    ).toBeNull()
    const cors = await twice('/api/communes?limit=2', { headers: { origin: 'https://baolangson.vn' } })
    expect(cors.headers.get('x-ntm-cache')).toBeNull()
    // A search is kept only once asked again (test/http/search.test.ts): asked twice, the
    // second answer is still rendered.
    expect((await twice(`/tim-kiem?q=cao%20loc&lan=${Date.now()}`)).headers.get('x-ntm-cache')).toBeNull()
    const signedIn = `/tim-kiem?q=cao%20loc&lan=staff-${Date.now()}`
    await twice(signedIn, { token: tokens.editor })
    expect((await twice(signedIn, { token: tokens.editor })).headers.get('x-ntm-cache')).toBeNull()
  })

  it('shows a publication on the very next read of a kept API answer and page', async () => {
    const token = `memo${Date.now()}`
    const query = `/api/articles?where[title][like]=${token}&depth=0`
    const before = await twice(query)
    expect(before.headers.get('x-ntm-cache')).toBe('HIT')
    expect(before.body.totalDocs).toBe(0)
    await twice('/tin-tuc')

    const created = await request('/api/articles', {
      method: 'POST',
      token: tokens.editor,
      json: { title: `Bài kiểm tra bộ nhớ đệm ${token}`, _status: 'published' },
    })
    expect(created.status, created.text).toBe(201)
    expect((await request(query)).body.totalDocs).toBe(1)
    expect((await request('/tin-tuc')).text).toContain(`/tin-tuc/${created.body.doc.slug}`)
  })
})
