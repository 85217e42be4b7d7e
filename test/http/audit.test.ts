import { describe, expect, it } from 'vitest'

import { ensureStaff, request } from '../helpers/http'

/**
 * The audit log over HTTP: refused sign-ins and lockouts (recorded by Payload's error handler,
 * which only the REST and GraphQL routes run), with the client's address as the trusted proxy
 * gave it; admins read the log, nobody writes it, no one else reads it.
 */
const auditOf = async (token: string, action: string, email: string) => {
  const query = new URLSearchParams({
    'where[action][equals]': action,
    'where[targetTitle][equals]': email,
    sort: '-createdAt',
    depth: '0',
  })
  const answer = await request(`/api/audit-log?${query}`, { token })
  expect(answer.status, answer.text).toBe(200)
  return answer.body.docs as Record<string, unknown>[]
}

describe('audit log over HTTP', () => {
  it('records refused sign-ins and the lockout that follows, with the address', async () => {
    const tokens = await ensureStaff()
    const email = `khoa-${Date.now()}@test.example`
    const created = await request('/api/users', {
      method: 'POST',
      token: tokens.admin,
      json: { email, password: 'Mat-khau-dung-cua-toi-1', displayName: 'Thử khoá', role: 'journalist' },
    })
    expect(created.status, created.text).toBe(201)

    const attempt = () =>
      request('/api/users/login', {
        method: 'POST',
        json: { email, password: 'sai-mat-khau' },
        headers: { 'x-forwarded-for': '203.0.113.50' },
      })
    for (let n = 0; n < 6; n += 1) expect((await attempt()).status).toBeGreaterThanOrEqual(400)

    const failed = await auditOf(tokens.admin, 'login-failed', email)
    const locked = await auditOf(tokens.admin, 'locked-out', email)
    // Five attempts are allowed: four refusals, then the fifth locks the account; the sixth meets the lock.
    expect(failed.length).toBe(4)
    expect(locked.length).toBe(2)
    expect(failed[0]).toMatchObject({ address: '203.0.113.50', targetCollection: 'users', actor: null })
    expect(String(failed[0].actorName)).toContain(email)
    expect(JSON.stringify([...failed, ...locked])).not.toContain('sai-mat-khau')

    const query = new URLSearchParams({
      'where[action][equals]': 'account-created',
      'where[targetId][equals]': String(created.body.doc.id),
      depth: '0',
    })
    const account = (await request(`/api/audit-log?${query}`, { token: tokens.admin })).body.docs
    expect(account).toHaveLength(1)
    // Made over loopback by the test, which is a trusted proxy here but sent no X-Forwarded-For.
    expect(account[0]).toMatchObject({ address: '127.0.0.1', targetTitle: 'Thử khoá' })
  })

  it('only admins read it; nobody writes it through the API', async () => {
    const tokens = await ensureStaff()
    expect((await request('/api/audit-log', { token: tokens.editor })).status).toBe(403)
    expect((await request('/api/audit-log')).status).toBe(403)
    const write = await request('/api/audit-log', {
      method: 'POST',
      token: tokens.admin,
      json: { action: 'publish' },
    })
    expect(write.status).toBe(403)
    const [entry] = (await request('/api/audit-log?limit=1&depth=0', { token: tokens.admin })).body.docs
    const change = await request(`/api/audit-log/${entry.id}`, {
      method: 'PATCH',
      token: tokens.admin,
      json: { detail: 'sửa nhật ký' },
    })
    expect(change.status).toBe(403)
    expect(
      (await request(`/api/audit-log/${entry.id}`, { method: 'DELETE', token: tokens.admin })).status,
    ).toBe(403)
  })
})
