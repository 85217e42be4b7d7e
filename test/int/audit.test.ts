import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import type { AuditLog, User } from '../../payload-types'
import { pruneAuditLog } from '../../lib/audit/retention'
import { relationId } from '../../lib/relations'
import { type Staff, withStaffPayload } from '../helpers/payload'

/**
 * The audit trail, one test per kind of event, through the local API as the admin's requests
 * make them (access enforced, the acting account on the request). Refused sign-ins go through
 * Payload's REST error handler: test/http/audit.test.ts.
 */
let payload: Payload
let staff: Staff

withStaffPayload((p, s) => {
  payload = p
  staff = s
})

const as = (user: User) => ({ overrideAccess: false, user })

/** Entries about one document (or of one action), oldest first. */
const entries = async (where: Record<string, unknown>): Promise<AuditLog[]> =>
  (
    await payload.find({
      collection: 'audit-log',
      where: where as never,
      sort: 'createdAt',
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
  ).docs

const about = (collection: string, id: number | string) =>
  entries({ targetCollection: { equals: collection }, targetId: { equals: String(id) } })

const draftArticle = (title: string) =>
  payload.create({ collection: 'articles', draft: true, ...as(staff.editor), data: { title } as never })

describe('audit log: content', () => {
  it('publish and unpublish are recorded with who and the site; drafts and autosaves are not', async () => {
    const doc = await draftArticle('Nhật ký: xuất bản')
    await payload.update({
      collection: 'articles',
      id: doc.id,
      draft: true,
      ...as(staff.editor),
      data: { summary: 'Sửa nháp.' },
    })
    expect(await about('articles', doc.id)).toEqual([])

    await payload.update({
      collection: 'articles',
      id: doc.id,
      ...as(staff.editor),
      data: { _status: 'published' },
    })
    // A draft saved over the published article leaves it published: nothing to record.
    await payload.update({
      collection: 'articles',
      id: doc.id,
      draft: true,
      ...as(staff.editor),
      data: { summary: 'Bản nháp mới.' },
    })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      ...as(staff.editor),
      data: { _status: 'draft' },
    })

    const log = await about('articles', doc.id)
    expect(log.map((entry) => entry.action)).toEqual(['publish', 'unpublish'])
    expect(log[0]).toMatchObject({ actor: staff.editor.id, targetTitle: 'Nhật ký: xuất bản' })
    expect(log[0].actorName).toContain(staff.editor.email)
    expect(log[0].site).toBe(relationId((doc as { tenant?: unknown }).tenant))
  })

  it('an article created published is recorded as published', async () => {
    const doc = await payload.create({
      collection: 'articles',
      ...as(staff.editor),
      data: { title: 'Nhật ký: xuất bản ngay', _status: 'published' } as never,
    })
    expect((await about('articles', doc.id)).map((entry) => entry.action)).toEqual(['publish'])
  })

  it('scheduling a publish, and cancelling it, are recorded; the scheduled publish under the scheduler', async () => {
    const doc = await draftArticle('Nhật ký: hẹn giờ')
    const at = new Date(Date.now() + 3_600_000)
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: at,
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: String(doc.id) as unknown as number },
        user: { relationTo: 'users', value: staff.editor.id },
      },
      req: { user: { ...staff.editor, collection: 'users' } } as never,
    })
    await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
    const log = await about('articles', doc.id)
    expect(log.map((entry) => entry.action)).toEqual(['schedule', 'schedule'])
    expect(log[0].detail).toMatch(/^Xuất bản lúc \d{2}:\d{2} \d{1,2}\/\d{1,2}\/\d{4}$/)
    expect(log[1].detail).toMatch(/^Huỷ hẹn giờ/)
    expect(log[0].actor).toBe(staff.editor.id)
  })

  it('delete is recorded, with the title as it was', async () => {
    const doc = await draftArticle('Nhật ký: xoá')
    await payload.delete({ collection: 'articles', id: doc.id, ...as(staff.editor) })
    const log = await about('articles', doc.id)
    expect(log.map((entry) => entry.action)).toEqual(['delete'])
    expect(log[0].targetTitle).toBe('Nhật ký: xoá')

    const category = await payload.create({
      collection: 'categories',
      ...as(staff.editor),
      data: { name: 'Mục tạm' } as never,
    })
    await payload.delete({ collection: 'categories', id: category.id, ...as(staff.editor) })
    expect((await about('categories', category.id)).map((entry) => entry.action)).toEqual(['delete'])
  })

  it('restoring a version is recorded', async () => {
    const doc = await payload.create({
      collection: 'articles',
      ...as(staff.editor),
      data: { title: 'Nhật ký: phiên bản 1', _status: 'published' } as never,
    })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      ...as(staff.editor),
      data: { title: 'Nhật ký: phiên bản 2' },
    })
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: doc.id }, 'version.title': { equals: 'Nhật ký: phiên bản 1' } },
      overrideAccess: true,
    })
    await payload.restoreVersion({ collection: 'articles', id: docs[0].id, ...as(staff.editor) })
    const log = await about('articles', doc.id)
    expect(log.at(-1)).toMatchObject({ action: 'restore-version', actor: staff.editor.id })
    expect(log.at(-1)?.detail).toBe('Khôi phục thành bản đã xuất bản')
  })
})

describe('audit log: accounts', () => {
  it('account creation, role changes (province-wide and per site) and password changes are recorded', async () => {
    const user = await payload.create({
      collection: 'users',
      ...as(staff.admin),
      data: {
        email: 'nhat-ky@test.example',
        password: 'Mat-khau-thu-nghiem-2',
        displayName: 'Người mới',
        role: 'journalist',
      },
    })
    await payload.update({ collection: 'users', id: user.id, ...as(staff.admin), data: { role: 'editor' } })
    // A save that changes neither role nor password records nothing.
    await payload.update({
      collection: 'users',
      id: user.id,
      ...as(staff.admin),
      data: { displayName: 'Người mới (đổi tên)' },
    })
    await payload.update({
      collection: 'users',
      id: user.id,
      ...as(user),
      data: { password: 'Mat-khau-moi-cua-toi-3' },
    })

    const log = await about('users', user.id)
    expect(log.map((entry) => entry.action)).toEqual(['account-created', 'role-changed', 'password-changed'])
    expect(log[0].actor).toBe(staff.admin.id)
    expect(log[1].detail).toBe('tỉnh:journalist → tỉnh:editor')
    // The account changed its own password: it is the actor.
    expect(log[2].actor).toBe(user.id)
    // No entry holds a password or its hash.
    expect(JSON.stringify(log)).not.toMatch(/Mat-khau/)
  })
})

describe('audit log: partner keys', () => {
  it('issuing, replacing, switching off and deleting a key are recorded', async () => {
    const partner = await payload.create({
      collection: 'partners',
      ...as(staff.admin),
      data: { name: 'Báo Lạng Sơn', enableAPIKey: true, apiKey: 'khoa-thu-1-0123456789abcdef' } as never,
    })
    await payload.update({
      collection: 'partners',
      id: partner.id,
      ...as(staff.admin),
      data: { apiKey: 'khoa-thu-2-0123456789abcdef' } as never,
    })
    await payload.update({
      collection: 'partners',
      id: partner.id,
      ...as(staff.admin),
      data: { enableAPIKey: false } as never,
    })
    await payload.update({
      collection: 'partners',
      id: partner.id,
      ...as(staff.admin),
      data: { enableAPIKey: true, apiKey: 'khoa-thu-3-0123456789abcdef' } as never,
    })
    await payload.delete({ collection: 'partners', id: partner.id, ...as(staff.admin) })

    const log = (await about('partners', partner.id)).filter((entry) => entry.action !== 'delete')
    expect(log.map((entry) => [entry.action, entry.detail])).toEqual([
      ['partner-key-created', null],
      ['partner-key-revoked', 'Thay khoá API mới'],
      ['partner-key-created', null],
      ['partner-key-revoked', 'Tắt khoá API'],
      ['partner-key-created', null],
      ['partner-key-revoked', 'Xoá đối tác'],
    ])
    // The key itself is never written to the log.
    expect(JSON.stringify(log)).not.toContain('khoa-thu')
  })
})

describe('audit log: settings', () => {
  it('changes to the portal’s settings and to a site are recorded', async () => {
    await payload.updateGlobal({ slug: 'related-links', ...as(staff.admin), data: {} })
    const globalLog = await entries({ targetCollection: { equals: 'related-links' } })
    expect(globalLog.map((entry) => entry.action)).toEqual(['settings-changed'])

    const { docs } = await payload.find({ collection: 'tenants', limit: 1, overrideAccess: true })
    await payload.update({
      collection: 'tenants',
      id: docs[0].id,
      ...as(staff.admin),
      data: { phone: '0205 3861 234' } as never,
    })
    // The site's creation (at the first start) came first.
    const siteLog = await about('tenants', docs[0].id)
    expect(siteLog.at(-1)).toMatchObject({
      action: 'settings-changed',
      site: docs[0].id,
      actor: staff.admin.id,
    })
  })
})

describe('audit log: nobody writes it, admins read it, old entries expire', () => {
  it('create, update and delete are refused to everyone through the API; only admins read', async () => {
    const [entry] = await entries({})
    for (const user of [staff.admin, staff.editor, staff.journalist]) {
      await expect(
        payload.create({ collection: 'audit-log', ...as(user), data: { action: 'publish' } }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(
        payload.update({ collection: 'audit-log', id: entry.id, ...as(user), data: { detail: 'sửa' } }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(
        payload.delete({ collection: 'audit-log', id: entry.id, ...as(user) }),
      ).rejects.toMatchObject({
        status: 403,
      })
    }
    expect((await payload.find({ collection: 'audit-log', ...as(staff.admin) })).totalDocs).toBeGreaterThan(0)
    await expect(payload.find({ collection: 'audit-log', ...as(staff.editor) })).rejects.toMatchObject({
      status: 403,
    })
  })

  it('entries older than the retention period are removed, newer ones kept', async () => {
    const before = (await entries({})).length
    const removed = await pruneAuditLog(payload, Date.now() + 731 * 24 * 3_600_000)
    expect(removed).toBe(before)
    expect(await pruneAuditLog(payload)).toBe(0)
  })
})
