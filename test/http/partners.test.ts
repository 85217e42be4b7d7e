import { randomUUID } from 'node:crypto'

import { beforeAll, describe, expect, it } from 'vitest'

import { ensureStaff, graphql, request, type StaffTokens } from '../helpers/http'

/** Partner sites with API keys: published content only, their own daily limit, usage on record. */
const DRAFT_SLUG = 'ban-nhap-ke-hoach-tham-dinh-xa-cao-lau'
let tokens: StaffTokens

const createPartner = async (name: string, dailyLimit: number, enabled = true) => {
  const apiKey = randomUUID()
  const created = await request('/api/partners', {
    method: 'POST',
    token: tokens.admin,
    json: { name, contact: 'toasoan@example.vn', dailyLimit, enabled, enableAPIKey: true, apiKey },
  })
  expect(created.status, created.text).toBe(201)
  return { id: created.body.doc.id as number, auth: { Authorization: `partners API-Key ${apiKey}` } }
}

beforeAll(async () => {
  tokens = await ensureStaff()
})

describe('partners', () => {
  it('are managed by admins only, and their keys never open the admin or the newsroom', async () => {
    expect((await request('/api/partners')).status).toBe(403)
    expect((await request('/api/partners', { token: tokens.editor })).status).toBe(403)
    const partner = await createPartner('Báo Lạng Sơn', 1000)
    expect((await request('/api/partners', { headers: partner.auth })).status).toBe(403)
    expect((await request('/api/users', { headers: partner.auth })).status).toBe(403)
    expect((await request('/api/stats-counters', { headers: partner.auth })).status).toBe(403)
  })

  it('read published content only, on REST and GraphQL, with the public caps', async () => {
    const partner = await createPartner('Cổng thông tin tỉnh', 1000)
    for (const path of [
      '/api/articles?limit=100',
      `/api/articles?draft=true&where[slug][equals]=${DRAFT_SLUG}`,
    ]) {
      const { status, text } = await request(path, { headers: partner.auth })
      expect(status, path).toBe(200)
      expect(text).not.toContain(DRAFT_SLUG)
    }
    expect((await request('/api/criteria?limit=1000', { headers: partner.auth })).body.limit).toBe(100)
    const draft = await request(`/api/articles?where[slug][equals]=${DRAFT_SLUG}&draft=true`, {
      token: tokens.editor,
    })
    const draftId = draft.body.docs[0].id
    expect((await request(`/api/articles/${draftId}?draft=true`, { headers: partner.auth })).status).toBe(404)
    expect((await request('/api/articles/versions', { headers: partner.auth })).status).toBe(403)
    const feed = await request('/rss.xml', { headers: partner.auth })
    expect(feed.status).toBe(200)
    expect(feed.text).not.toContain(DRAFT_SLUG)
    const { body } = await request('/api/graphql', {
      method: 'POST',
      headers: partner.auth,
      json: { query: '{ Articles(limit: 100, draft: true) { docs { slug } } }' },
    })
    expect(JSON.stringify(body)).not.toContain(DRAFT_SLUG)
    expect((await graphql('{ Articles(limit: 1) { docs { slug } } }')).body.data.Articles.docs).toHaveLength(
      1,
    )
  })

  it('are counted per day in the database, visible to admins, and refused with 429 past their daily limit', async () => {
    const partner = await createPartner('Báo điện tử thử nghiệm', 3)
    for (let n = 0; n < 3; n += 1)
      expect((await request('/api/communes?limit=1', { headers: partner.auth })).status).toBe(200)
    const over = await request('/api/communes?limit=1', { headers: partner.auth })
    expect(over.status).toBe(429)
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(JSON.stringify(over.body)).toMatch(/daily limit of 3/)
    const usage = await request(`/api/partner-usage?where[partner][equals]=${partner.id}`, {
      token: tokens.admin,
    })
    expect(usage.status).toBe(200)
    expect(usage.body.docs).toHaveLength(1)
    expect(usage.body.docs[0].requests).toBe(4)
    expect((await request('/api/partner-usage', { token: tokens.editor })).status).toBe(403)
  })

  it('are refused with 403 once disabled', async () => {
    const partner = await createPartner('Đối tác đã dừng', 1000, false)
    const answer = await request('/api/articles?limit=1', { headers: partner.auth })
    expect(answer.status).toBe(403)
    expect(JSON.stringify(answer.body)).toMatch(/disabled/)
  })
})
