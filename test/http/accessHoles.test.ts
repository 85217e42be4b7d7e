import { randomUUID } from 'node:crypto'

import { beforeAll, describe, expect, it } from 'vitest'

import { ensureStaff, graphql, login, request, STAFF_PASSWORD, type StaffTokens } from '../helpers/http'

/**
 * Holes an outside review found, each a class: who may unlock accounts, what a partner's key may
 * do, who reads versions, where a redirect may lead, and what bad requests get instead of a 5xx.
 */
let tokens: StaffTokens
let partner: Record<string, string>

beforeAll(async () => {
  tokens = await ensureStaff()
  const apiKey = randomUUID()
  const created = await request('/api/partners', {
    method: 'POST',
    token: tokens.admin,
    json: { name: 'Báo thử quyền', dailyLimit: 100_000, enabled: true, enableAPIKey: true, apiKey },
  })
  expect(created.status, created.text).toBe(201)
  partner = { Authorization: `partners API-Key ${apiKey}` }
})

describe('unlocking accounts', () => {
  it('is an admin’s act only, and says nothing about which emails exist', async () => {
    const email = `khoa-${Date.now()}@test.example`
    const made = await request('/api/users', {
      method: 'POST',
      token: tokens.admin,
      json: { email, password: STAFF_PASSWORD, displayName: 'Khoá thử', role: 'journalist' },
    })
    expect(made.status, made.text).toBe(201)
    for (const token of [tokens.journalist, tokens.editor]) {
      for (const target of [email, 'admin@test.example', 'khong-co@test.example']) {
        const answer = await request('/api/users/unlock', { method: 'POST', token, json: { email: target } })
        expect(answer.status, `${target}`).toBe(403)
      }
    }
    expect((await request('/api/users/unlock', { method: 'POST', json: { email } })).status).toBe(403)
    const byAdmin = await request('/api/users/unlock', {
      method: 'POST',
      token: tokens.admin,
      json: { email },
    })
    expect(byAdmin.status, byAdmin.text).toBe(200)
    expect(await login(email, STAFF_PASSWORD)).toBeTruthy()
  })
})

describe('a partner’s key reads published content and nothing else', () => {
  it('cannot lock, write, unlock or reach Payload’s own collections', async () => {
    const article = (await request('/api/articles?limit=1&depth=0', { headers: partner })).body.docs[0]
    const attempts: [string, string, unknown?][] = [
      [
        'POST',
        '/api/payload-locked-documents',
        { document: { relationTo: 'articles', value: article.id }, globalSlug: null },
      ],
      ['GET', '/api/payload-locked-documents'],
      ['GET', '/api/payload-preferences'],
      ['POST', '/api/payload-preferences', { key: 'x', value: {} }],
      ['POST', '/api/users/unlock', { email: 'admin@test.example' }],
      ['PATCH', `/api/articles/${article.id}`, { title: 'Đối tác sửa' }],
      ['POST', '/api/articles', { title: 'Đối tác viết' }],
      ['DELETE', `/api/articles/${article.id}`],
      ['GET', '/api/communes/versions'],
      ['GET', '/api/articles/versions'],
      ['GET', '/api/access'],
      ['GET', '/api/users/me'],
      ['POST', '/api/globals/site-settings', { portalName: 'x' }],
    ]
    for (const [method, path, json] of attempts) {
      const answer = await request(path, { method, headers: partner, json })
      expect(answer.status, `${method} ${path}: ${answer.text}`).toBe(403)
    }
    expect((await request(`/api/articles/${article.id}`, { headers: partner })).body.title).toBe(
      article.title,
    )
  })

  it('reads the public collections and globals, and GraphQL without versions', async () => {
    for (const path of [
      '/api/communes?limit=1',
      '/api/globals/site-settings',
      '/api/globals/related-links',
    ]) {
      expect((await request(path, { headers: partner })).status, path).toBe(200)
    }
    const versions = await request('/api/graphql', {
      method: 'POST',
      headers: partner,
      json: { query: '{ versionsCommunes(limit: 1) { docs { id } } }' },
    })
    expect(versions.body.data?.versionsCommunes ?? null).toBeNull()
  })
})

describe('a partner’s day and state hold on every read', () => {
  const partnerWith = async (dailyLimit: number, enabled: boolean) => {
    const apiKey = randomUUID()
    const created = await request('/api/partners', {
      method: 'POST',
      token: tokens.admin,
      json: { name: `Đối tác ${dailyLimit} ${enabled}`, dailyLimit, enabled, enableAPIKey: true, apiKey },
    })
    expect(created.status, created.text).toBe(201)
    return { Authorization: `partners API-Key ${apiKey}` }
  }
  const query = { query: '{ Articles(limit: 1) { docs { slug } } }' }

  it('a disabled key gets 403 from globals and GraphQL too', async () => {
    const disabled = await partnerWith(1000, false)
    expect((await request('/api/globals/site-settings', { headers: disabled })).status).toBe(403)
    expect((await request('/api/graphql', { method: 'POST', headers: disabled, json: query })).status).toBe(
      403,
    )
  })

  it('global reads count, and past the limit GraphQL answers 429 with Retry-After', async () => {
    const limited = await partnerWith(2, true)
    expect((await request('/api/globals/site-settings', { headers: limited })).status).toBe(200)
    expect((await request('/api/globals/related-links', { headers: limited })).status).toBe(200)
    expect((await request('/api/globals/site-settings', { headers: limited })).status).toBe(429)
    const graphql = await request('/api/graphql', { method: 'POST', headers: limited, json: query })
    expect(graphql.status).toBe(429)
    expect(Number(graphql.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('document locks', () => {
  const me = async (token: string) => (await request('/api/users/me', { token })).body.user.id as number
  const lock = (token: string, userId: number, articleId: number) =>
    request('/api/payload-locked-documents', {
      method: 'POST',
      token,
      json: {
        document: { relationTo: 'articles', value: articleId },
        user: { relationTo: 'users', value: userId },
      },
    })

  it('are taken only by staff who may edit the document, and released by their owner or an editor', async () => {
    const [editorId, journalistId] = [await me(tokens.editor), await me(tokens.journalist)]
    const published = (await request('/api/articles?limit=1&depth=0', { token: tokens.editor })).body.docs[0]
    const draft = await request('/api/articles?draft=true', {
      method: 'POST',
      token: tokens.journalist,
      json: { title: `Bản nháp để khoá ${Date.now()}`, authors: [journalistId] },
    })
    expect(draft.status, draft.text).toBe(201)

    const foreign = await lock(tokens.journalist, journalistId, published.id)
    expect(foreign.status, foreign.text).toBe(403)
    const own = await lock(tokens.journalist, journalistId, draft.body.doc.id)
    expect(own.status, own.text).toBe(201)
    const editors = await lock(tokens.editor, editorId, published.id)
    expect(editors.status, editors.text).toBe(201)

    const released = (token: string, id: number) =>
      request(`/api/payload-locked-documents/${id}`, { method: 'DELETE', token })
    expect([403, 404]).toContain((await released(tokens.journalist, editors.body.doc.id)).status)
    expect((await released(tokens.editor, editors.body.doc.id)).status).toBe(200)
    expect((await released(tokens.editor, own.body.doc.id)).status).toBe(200)
    expect((await request('/api/payload-locked-documents')).status).toBe(403)
  })
})

describe('versions', () => {
  it('are staff’s: anonymous readers and GraphQL get none', async () => {
    expect((await request('/api/communes/versions')).status).toBe(403)
    expect((await request('/api/articles/versions')).status).toBe(403)
    expect(
      (await graphql('{ versionsCommunes(limit: 1) { docs { id } } }')).body.data?.versionsCommunes ?? null,
    ).toBeNull()
    expect((await request('/api/communes/versions', { token: tokens.editor })).status).toBe(200)
  })
})

describe('GraphQL', () => {
  it('reports what an account may not see as a 403, not an internal error', async () => {
    const anonymous = await graphql('{ Access { canAccessAdmin } }')
    const error = anonymous.body.errors?.[0]
    expect(error?.extensions?.statusCode).toBe(403)
    expect(error?.message).toMatch(/canAccessAdmin is not available/)
    const admin = await graphql('{ Access { canAccessAdmin } }', tokens.admin)
    expect(admin.body.data.Access.canAccessAdmin).toBe(true)
  })
})

describe('redirects', () => {
  it.each([
    '/%5Cevil.example',
    '/%09/evil.example',
    '//evil.example',
    '/%2F/evil.example',
    'https://evil.example',
    '/.//evil.example',
  ])('leaving preview with path=%s stays on this site', async (target) => {
    const answer = await request(`/xem-truoc/thoat?path=${target}`)
    expect([302, 303, 307, 308]).toContain(answer.status)
    const location = answer.headers.get('location') ?? ''
    expect(new URL(location, 'https://portal.example.vn').host, location).toBe('portal.example.vn')
  })
})

describe('bad requests get a 4xx without internals', () => {
  it.each([
    ['GET', '/api/media/file/khong-co-tep-nay.jpg', 404],
    ['POST', '/api/users/verify/abc', 404],
    ['GET', '/api/payload-migrations', 404],
    ['POST', '/api/categories/versions/-1', 404],
    ['GET', '/api/stats-counters/versions/1', 404],
    ['GET', '/api/khong-co-bo-suu-tap', 404],
    ['GET', '/api/khong-co/abc/def', 404],
    ['GET', '/api/articles/count?where[publishedAt][equals]=notadate', 400],
    ['GET', '/api/articles/count?where[category][equals]=abc', 400],
    ['GET', '/api/communes?joins[articles][where][publishedAt][equals]=notadate', 400],
    ['GET', '/api/communes?joins[articles][sort]=khongco', 400],
    ['GET', '/api/communes?joins[khongco][limit]=1', 400],
    ['GET', '/api/communes/versions?where[version.name][near]=1,2', 400],
  ] as const)('%s %s → %i', async (method, path, status) => {
    const answer = await request(path, { method })
    expect(answer.status, answer.text.slice(0, 300)).toBe(status)
    expect(answer.text).not.toMatch(/127\.0\.0\.1|0\.0\.0\.0|localhost|stack|node_modules/)
  })
})
