import fs from 'node:fs'
import { randomUUID } from 'node:crypto'

import { beforeAll, describe, expect, it } from 'vitest'

import { type Caller, CALLERS, ENDPOINT_ACCESS, type Target } from '../../access/endpoints'
import { ensureStaff, login, request, STAFF_PASSWORD, type StaffTokens } from '../helpers/http'

/**
 * The endpoint half of the access matrix (access/endpoints.ts), one test per cell: every request
 * of the table, sent by every caller to the production server, gets the status the table says.
 * Documents a cell changes (locks, drafts, uploads) are made fresh for it.
 */
let tokens: StaffTokens
const ids: Partial<Record<'journalist' | 'editor' | 'admin', number>> = {}
const partnerKeys: Partial<Record<Caller, string>> = {}

/** Staff of a second site: every target belongs to the install's first site. */
const OTHER_SITE = ['journalist of another site', 'editor of another site'] as const
type OtherSite = (typeof OTHER_SITE)[number]
const otherSite: Partial<Record<OtherSite, { email: string; token: string; id: number }>> = {}

const staffCaller = (caller: Caller): 'journalist' | 'editor' | 'admin' | null =>
  caller === 'journalist' || caller === 'editor' || caller === 'admin' ? caller : null
const isOtherSite = (caller: Caller): caller is OtherSite =>
  (OTHER_SITE as readonly string[]).includes(caller)

const makePartner = async (dailyLimit: number, enabled: boolean) => {
  const apiKey = randomUUID()
  const created = await request('/api/partners', {
    method: 'POST',
    token: tokens.admin,
    json: {
      name: `Bảng quyền ${dailyLimit} ${enabled} ${apiKey.slice(0, 6)}`,
      dailyLimit,
      enabled,
      enableAPIKey: true,
      apiKey,
    },
  })
  expect(created.status, created.text).toBe(201)
  return `partners API-Key ${apiKey}`
}

beforeAll(async () => {
  tokens = await ensureStaff()
  for (const role of ['journalist', 'editor', 'admin'] as const) {
    ids[role] = (await request('/api/users/me', { token: tokens[role] })).body.user.id
  }
  partnerKeys.partner = await makePartner(1_000_000, true)
  partnerKeys['partner, disabled'] = await makePartner(1_000_000, false)
  partnerKeys['partner, over limit'] = await makePartner(1, true)
  const spent = await request('/api/articles?limit=1', {
    headers: { Authorization: partnerKeys['partner, over limit']! },
  })
  expect(spent.status).toBe(200)
  const site = await request('/api/tenants', {
    method: 'POST',
    token: tokens.admin,
    json: { name: `Xã thử quyền ${randomUUID().slice(0, 6)}`, kind: 'xa' },
  })
  expect(site.status, site.text).toBe(201)
  for (const caller of OTHER_SITE) {
    const email = `${caller.split(' ')[0]}-${randomUUID().slice(0, 6)}@test.example`
    const made = await request('/api/users', {
      method: 'POST',
      token: tokens.admin,
      json: {
        email,
        password: STAFF_PASSWORD,
        displayName: caller,
        role: null,
        tenants: [{ tenant: site.body.doc.id, role: caller.startsWith('editor') ? 'editor' : 'journalist' }],
      },
    })
    expect(made.status, made.text).toBe(201)
    otherSite[caller] = { email, id: made.body.doc.id, token: await login(email, STAFF_PASSWORD) }
  }
})

const article = async (token: string, data: Record<string, unknown>, publish = false) => {
  const made = await request('/api/articles?draft=true', {
    method: 'POST',
    token,
    json: { title: `Bài của bảng quyền ${randomUUID().slice(0, 8)}`, ...data },
  })
  expect(made.status, made.text).toBe(201)
  const id = made.body.doc.id as number
  if (publish) {
    const published = await request(`/api/articles/${id}`, {
      method: 'PATCH',
      token: tokens.editor,
      // Dated long ago: the suite's other files read the latest articles while this one runs.
      json: { _status: 'published', publishedAt: '2001-01-01T01:00:00.000Z' },
    })
    expect(published.status, published.text).toBe(200)
  }
  return id
}

const upload = async (token: string) => {
  const form = new FormData()
  form.append(
    'file',
    new Blob([fs.readFileSync('seed/media/ra-quan-ntm.jpg')], { type: 'image/jpeg' }),
    'bang-quyen.jpg',
  )
  form.append('_payload', JSON.stringify({ alt: 'Ảnh của bảng quyền' }))
  const made = await request('/api/media', { method: 'POST', token, body: form })
  expect(made.status, made.text).toBe(201)
  return made.body.doc as { id: number; filename: string }
}

const lock = async (token: string, userId: number, articleId: number) => {
  const made = await request('/api/payload-locked-documents', {
    method: 'POST',
    token,
    json: {
      document: { relationTo: 'articles', value: articleId },
      user: { relationTo: 'users', value: userId },
    },
  })
  expect(made.status, made.text).toBe(201)
  return made.body.doc.id as number
}

/** A fresh document for one cell, by the target's name. */
const makeTarget: Record<Target, () => Promise<string | number>> = {
  'a published article': () => article(tokens.editor, {}, true),
  'the journalist’s draft': () => article(tokens.journalist, { authors: [ids.journalist] }),
  'the journalist’s published article': () => article(tokens.journalist, { authors: [ids.journalist] }, true),
  'an editor’s draft': () => article(tokens.editor, { authors: [ids.editor] }),
  'the journalist’s lock on their draft': async () =>
    lock(tokens.journalist, ids.journalist!, await article(tokens.journalist, { authors: [ids.journalist] })),
  'an editor’s lock on a published article': async () =>
    lock(tokens.editor, ids.editor!, await article(tokens.editor, {}, true)),
  'the journalist’s upload, unused': async () => (await upload(tokens.journalist)).id,
  'the journalist’s upload, on a published article': async () => {
    const media = await upload(tokens.journalist)
    await article(tokens.editor, { cover: media.id }, true)
    return media.id
  },
  'a media file': async () => (await upload(tokens.editor)).filename,
}

/** The caller's credentials; sign-out and refresh get a session of their own. */
const headersOf = async (caller: Caller, route: string): Promise<Record<string, string>> => {
  if (isOtherSite(caller)) {
    const account = otherSite[caller]!
    const fresh = route === 'post /logout' || route === 'post /refresh-token'
    return { Authorization: `JWT ${fresh ? await login(account.email, STAFF_PASSWORD) : account.token}` }
  }
  const role = staffCaller(caller)
  if (role) {
    const token =
      route === 'post /logout' || route === 'post /refresh-token'
        ? await login(`${role}@test.example`, STAFF_PASSWORD)
        : tokens[role]
    return { Authorization: `JWT ${token}` }
  }
  const key = partnerKeys[caller]
  return key ? { Authorization: key } : {}
}

const cells = ENDPOINT_ACCESS.flatMap((row) =>
  CALLERS.map(
    (caller) => [`${row.method} ${row.path}${row.target ? ` (${row.target})` : ''}`, caller, row] as const,
  ),
)

describe('the endpoint matrix', () => {
  it.each(cells)('%s as %s', async (_name, caller, row) => {
    const target = row.target ? await makeTarget[row.target]() : undefined
    const me = isOtherSite(caller) ? otherSite[caller]!.id : ids[staffCaller(caller) ?? 'editor']!
    const body =
      row.target === 'an editor’s draft' && row.path === '/api/payload-locked-documents'
        ? { document: { relationTo: 'articles', value: target }, user: { relationTo: 'users', value: me } }
        : row.body
    const answer = await request(row.path.replaceAll(':target', String(target)), {
      method: row.method,
      headers: await headersOf(caller, row.route),
      json: body,
    })
    // MATRIX_DUMP=<file>: every cell's answer, to review a row that changed.
    if (process.env.MATRIX_DUMP)
      fs.appendFileSync(
        process.env.MATRIX_DUMP,
        `${_name} | ${caller} | ${answer.status} | ${row.statuses[caller]} | ${answer.text.slice(0, 100)}\n`,
      )
    expect(answer.status, answer.text.slice(0, 300)).toBe(row.statuses[caller])
    // No internals: the bind address, the server's files or a stack trace.
    expect(answer.text).not.toMatch(/127\.0\.0\.1|0\.0\.0\.0|node_modules|\n\s+at /)
  })
})

describe('lists of locks', () => {
  it('show a journalist their own locks and those on documents they may edit, nobody else’s', async () => {
    const own = await makeTarget['the journalist’s lock on their draft']()
    const editors = await makeTarget['an editor’s lock on a published article']()
    const seen = (token: string) =>
      request('/api/payload-locked-documents?limit=1000&depth=0', { token }).then(
        (answer) => answer.body.docs.map((doc: { id: number }) => doc.id) as number[],
      )
    const journalistSees = await seen(tokens.journalist)
    expect(journalistSees).toContain(own)
    expect(journalistSees).not.toContain(editors)
    expect(await seen(tokens.editor)).toEqual(expect.arrayContaining([own, editors]))
  })
})

describe('password reset', () => {
  it('answers alike for an account that exists and one that does not', async () => {
    const ask = (email: string) => request('/api/users/forgot-password', { method: 'POST', json: { email } })
    const known = await ask('journalist@test.example')
    const unknown = await ask(`khong-co-${Date.now()}@test.example`)
    expect(known.status).toBe(unknown.status)
    expect(known.body).toEqual(unknown.body)
  })
})
