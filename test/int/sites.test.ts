import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { newsroomDesk } from '../../lib/newsroom/dashboard'
import { siteActivity } from '../../lib/sites/activity'
import type { User } from '../../payload-types'
import { type Staff, withStaffPayload } from '../helpers/payload'

/**
 * One install, several sites (collections/Tenants.ts): what a journalist and an editor of one
 * commune's site may see and do there and on another site, asked through Payload with their
 * rights, as the admin and both APIs ask.
 */
let payload: Payload
let staff: Staff
let siteA: number
let siteB: number
let journalistA: User
let editorA: User
let journalistB: User

withStaffPayload((p, s) => {
  payload = p
  staff = s
})

const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false })

const account = (email: string, tenants: { tenant: number; role: 'journalist' | 'editor' | 'admin' }[]) =>
  payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password: 'Mat-khau-thu-nghiem-1', displayName: email, role: null, tenants },
  })

const draft = (tenant: number, author: User, title: string) =>
  payload.create({
    collection: 'articles',
    overrideAccess: true,
    draft: true,
    data: { title, tenant, authors: [author.id], _status: 'draft' },
  })

beforeAll(async () => {
  siteA = (
    await payload.create({ collection: 'tenants', data: { name: 'Xã Cao Lộc', slug: 'cao-loc', kind: 'xa' } })
  ).id
  siteB = (
    await payload.create({
      collection: 'tenants',
      data: { name: 'Xã Đồng Đăng', slug: 'dong-dang', kind: 'xa' },
    })
  ).id
  journalistA = await account('pv-a@test.example', [{ tenant: siteA, role: 'journalist' }])
  editorA = await account('btv-a@test.example', [{ tenant: siteA, role: 'editor' }])
  journalistB = await account('pv-b@test.example', [{ tenant: siteB, role: 'journalist' }])
})

describe('an install with one site', () => {
  it('has its first site from the start, and new content belongs to it unasked', async () => {
    const sites = await payload.find({ collection: 'tenants', sort: 'id', limit: 1 })
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Hội nghị không chọn đơn vị',
        slug: 'su-kien-1',
        kind: 'hoi-nghi',
        startsAt_tz: 'Asia/Ho_Chi_Minh',
        startsAt: '2026-12-20T01:00:00.000Z',
      },
    })
    expect(event.tenant && typeof event.tenant === 'object' ? event.tenant.id : event.tenant).toBe(
      sites.docs[0].id,
    )
  })
})

describe('a journalist of one commune', () => {
  it('sees the drafts of their site, not another site’s', async () => {
    const ours = await draft(siteA, editorA, 'Bản nháp của xã A')
    const theirs = await draft(siteB, journalistB, 'Bản nháp của xã B')
    const seen = await payload.find({
      collection: 'articles',
      draft: true,
      limit: 1000,
      depth: 0,
      ...as(journalistA),
    })
    const ids = seen.docs.map((doc) => doc.id)
    expect(ids).toContain(ours.id)
    expect(ids).not.toContain(theirs.id)
    await expect(
      payload.findByID({ collection: 'articles', id: theirs.id, draft: true, ...as(journalistA) }),
    ).rejects.toThrow()
    const versions = await payload.findVersions({ collection: 'articles', limit: 1000, ...as(journalistA) })
    expect(versions.docs.every((version) => Number(version.version.tenant) !== siteB)).toBe(true)
  })

  it('cannot edit another site’s draft, write on another site, or move a draft there', async () => {
    const theirs = await draft(siteB, journalistB, 'Bài của xã B')
    await expect(
      payload.update({
        collection: 'articles',
        id: theirs.id,
        data: { summary: 'Sửa trộm' },
        ...as(journalistA),
      }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'articles',
        draft: true,
        data: { title: 'Viết hộ xã B', tenant: siteB },
        ...as(journalistA),
      }),
    ).rejects.toThrow()
    const own = await payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Bài của tôi', tenant: siteA },
      ...as(journalistA),
    })
    await expect(
      payload.update({
        collection: 'articles',
        id: own.id,
        draft: true,
        data: { tenant: siteB },
        ...as(journalistA),
      }),
    ).rejects.toThrow()
  })

  it('cannot pick another site’s media, or change it', async () => {
    const theirs = await payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt: 'Ảnh của xã B', tenant: siteB, uploadedBy: journalistB.id },
      filePath: 'seed/media/ra-quan-ntm.jpg',
    })
    await expect(
      payload.create({
        collection: 'articles',
        draft: true,
        data: { title: 'Lấy ảnh xã B', tenant: siteA, cover: theirs.id },
        ...as(journalistA),
      }),
    ).rejects.toThrow()
    await expect(
      payload.update({ collection: 'media', id: theirs.id, data: { alt: 'Đổi' }, ...as(journalistA) }),
    ).rejects.toThrow()
  })
})

describe('an editor of one commune', () => {
  it('publishes on their site only', async () => {
    const ours = await draft(siteA, journalistA, 'Bài xã A chờ duyệt')
    const published = await payload.update({
      collection: 'articles',
      id: ours.id,
      data: { _status: 'published' },
      ...as(editorA),
    })
    expect(published._status).toBe('published')
    const theirs = await draft(siteB, journalistB, 'Bài xã B chờ duyệt')
    await expect(
      payload.update({
        collection: 'articles',
        id: theirs.id,
        data: { _status: 'published' },
        ...as(editorA),
      }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'events',
        data: {
          title: 'Sự kiện ở xã B',
          slug: 'su-kien-2',
          kind: 'hoi-nghi',
          startsAt_tz: 'Asia/Ho_Chi_Minh',
          startsAt: '2026-12-20T01:00:00.000Z',
          tenant: siteB,
        },
        ...as(editorA),
      }),
    ).rejects.toThrow()
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Sự kiện ở xã A',
        slug: 'su-kien-3',
        kind: 'hoi-nghi',
        startsAt_tz: 'Asia/Ho_Chi_Minh',
        startsAt: '2026-12-20T01:00:00.000Z',
        tenant: siteA,
      },
      ...as(editorA),
    })
    expect(event.id).toBeTruthy()
  })

  it('cannot change the shared registry, settings or accounts', async () => {
    await expect(
      payload.create({
        collection: 'categories',
        data: { name: 'Chuyên mục riêng', slug: 'chuyen-muc-rieng' },
        ...as(editorA),
      }),
    ).rejects.toThrow()
    await expect(
      payload.update({
        collection: 'users',
        id: journalistA.id,
        data: { displayName: 'Đổi tên' },
        ...as(editorA),
      }),
    ).rejects.toThrow()
  })
})

describe('province admins', () => {
  it('see every site’s drafts and may move a document between sites', async () => {
    const theirs = await draft(siteB, journalistB, 'Bài xã B cho tỉnh xem')
    const seen = await payload.find({
      collection: 'articles',
      draft: true,
      limit: 1000,
      depth: 0,
      ...as(staff.admin),
    })
    expect(seen.docs.map((doc) => doc.id)).toContain(theirs.id)
    const moved = await payload.update({
      collection: 'articles',
      id: theirs.id,
      draft: true,
      data: { tenant: siteA },
      ...as(staff.admin),
    })
    expect(typeof moved.tenant === 'object' && moved.tenant ? moved.tenant.id : moved.tenant).toBe(siteA)
  })

  it('never delete a site: it is archived, and its content stays', async () => {
    await expect(payload.delete({ collection: 'tenants', id: siteB, ...as(staff.admin) })).rejects.toThrow()
  })
})

describe('the province’s roll-up', () => {
  it('counts each site’s recent articles, sums them for the province, orders sites by Vietnamese collation', async () => {
    const before = await siteActivity(payload)
    const publish = (tenant: number, publishedAt: string) =>
      payload.create({
        collection: 'articles',
        overrideAccess: true,
        data: {
          title: `Tin tổng hợp ${publishedAt}`,
          slug: `tin-tong-hop-${Date.parse(publishedAt)}`,
          tenant,
          _status: 'published',
          publishedAt,
        },
      })
    const now = new Date()
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()
    await publish(siteA, daysAgo(1))
    await publish(siteA, daysAgo(3))
    await publish(siteB, daysAgo(2))
    await publish(siteB, daysAgo(45))
    const after = await siteActivity(payload, now)
    const recent = (result: typeof after, id: number) =>
      result.sites.find((site) => site.id === id)!.recentArticles
    expect(recent(after, siteA) - recent(before, siteA)).toBe(2)
    expect(recent(after, siteB) - recent(before, siteB)).toBe(1)
    expect(after.totalRecentArticles).toBe(after.sites.reduce((sum, site) => sum + site.recentArticles, 0))
    // Site A also published today (an earlier test): its last publication is at least a day ago's.
    expect(after.sites.find((site) => site.id === siteA)!.lastPublished! >= daysAgo(1)).toBe(true)
    const names = after.sites.filter((site) => !site.archived).map((site) => site.name)
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare))
  })

  it('shows an editor of a site what awaits review there, not elsewhere', async () => {
    const ours = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      draft: true,
      data: { title: 'Chờ duyệt ở xã A', tenant: siteA, workflow: 'cho-duyet', _status: 'draft' },
    })
    const theirs = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      draft: true,
      data: { title: 'Chờ duyệt ở xã B', tenant: siteB, workflow: 'cho-duyet', _status: 'draft' },
    })
    const desk = await newsroomDesk(payload, editorA)
    const ids = desk.awaitingReview.map((item) => item.id)
    expect(ids).toContain(ours.id)
    expect(ids).not.toContain(theirs.id)
  })
})

describe('media a live article shows', () => {
  it('is changed by an editor of its site, and by nobody of another site', async () => {
    const upload = (tenant: number) =>
      payload.create({
        collection: 'media',
        overrideAccess: true,
        data: { alt: 'Ảnh đang hiển thị', tenant },
        filePath: 'seed/media/ra-quan-ntm.jpg',
      })
    const ours = await upload(siteA)
    const theirs = await upload(siteB)
    for (const [media, tenant] of [
      [ours, siteA],
      [theirs, siteB],
    ] as const) {
      await payload.create({
        collection: 'articles',
        overrideAccess: true,
        data: {
          title: `Bài có ảnh ${media.id}`,
          slug: `bai-co-anh-${media.id}`,
          tenant,
          cover: media.id,
          _status: 'published',
        },
      })
    }
    const changed = await payload.update({
      collection: 'media',
      id: ours.id,
      data: { alt: 'Mô tả mới' },
      ...as(editorA),
    })
    expect(changed.alt).toBe('Mô tả mới')
    await expect(
      payload.update({ collection: 'media', id: theirs.id, data: { alt: 'Mô tả mới' }, ...as(editorA) }),
    ).rejects.toThrow()
  })
})

describe('the admin in Vietnamese', () => {
  it('labels an account’s roles per site and its site', () => {
    const users = payload.config.collections.find((collection) => collection.slug === 'users')!
    const rows = users.fields.find((field) => 'name' in field && field.name === 'tenants') as {
      label?: Record<string, string>
      labels?: { singular?: Record<string, string> }
      fields: { name?: string; label?: Record<string, string> }[]
    }
    expect(rows.label?.vi).toBe('Vai trò theo đơn vị')
    expect(rows.labels?.singular?.vi).toBe('Đơn vị')
    expect(rows.fields.find((field) => field.name === 'tenant')?.label?.vi).toBe('Đơn vị')
  })
})

describe('slugs per site', () => {
  const article = (tenant: number, slug: string) =>
    payload.create({
      collection: 'articles',
      overrideAccess: true,
      draft: true,
      data: { title: `Bài ${slug}`, slug, tenant, _status: 'draft' },
    })

  it('lets two sites use the same slug, and refuses it twice on one site with a field error', async () => {
    const a = await article(siteA, 'cung-duong-dan')
    const b = await article(siteB, 'cung-duong-dan')
    expect([a.slug, b.slug]).toEqual(['cung-duong-dan', 'cung-duong-dan'])
    const error = await article(siteA, 'cung-duong-dan').then(
      () => null,
      (caught: { status?: number; data?: { errors?: { path: string; message: string }[] } }) => caught,
    )
    expect(error?.status).toBe(400)
    // A draft skips validation: the compound unique index answers, still as the slug's field error.
    expect(error?.data?.errors?.[0]).toMatchObject({ path: 'slug' })
    const published = await payload
      .create({
        collection: 'articles',
        overrideAccess: true,
        data: { title: 'Bài trùng', slug: 'cung-duong-dan', tenant: siteB, _status: 'published' },
      })
      .then(
        () => null,
        (caught: { status?: number; data?: { errors?: { path: string; message: string }[] } }) => caught,
      )
    expect(published?.status).toBe(400)
    expect(published?.data?.errors?.[0]).toMatchObject({
      path: 'slug',
      message: expect.stringContaining('đơn vị này'),
    })
  })

  it('makes a free slug from the title within the site only', async () => {
    await article(siteA, 'tieu-de-chung')
    const onB = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      draft: true,
      data: { title: 'Tiêu đề chung', tenant: siteB, _status: 'draft' },
    })
    const againOnA = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      draft: true,
      data: { title: 'Tiêu đề chung', tenant: siteA, _status: 'draft' },
    })
    expect(onB.slug).toBe('tieu-de-chung')
    expect(againOnA.slug).toBe('tieu-de-chung-2')
  })

  it('gives a duplicated article the next free slug of its site', async () => {
    const original = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      draft: true,
      data: { title: 'Bài được nhân bản', tenant: siteA, _status: 'draft' },
    })
    const copy = await payload.duplicate({ collection: 'articles', id: original.id, overrideAccess: true })
    const again = await payload.duplicate({ collection: 'articles', id: original.id, overrideAccess: true })
    expect([original.slug, copy.slug, again.slug]).toEqual([
      'bai-duoc-nhan-ban',
      'bai-duoc-nhan-ban-2',
      'bai-duoc-nhan-ban-3',
    ])
    const copySite = copy.tenant && typeof copy.tenant === 'object' ? copy.tenant.id : copy.tenant
    expect(copySite).toBe(siteA)
  })
})

describe('the roll-up’s communes and visits', () => {
  it('shows the current unit a site speaks for, never a dissolved one, and sums the visits', async () => {
    const set = await payload.create({
      collection: 'criteria-sets',
      overrideAccess: true,
      data: { name: 'Bộ tiêu chí cho tổng hợp' } as never,
    })
    const unit = (slug: string, validTo?: string) =>
      payload.create({
        collection: 'communes',
        overrideAccess: true,
        data: {
          name: `Xã ${slug}`,
          slug,
          kind: 'xa',
          criteriaSet: set.id,
          status: 'dat-chuan',
          ...(validTo ? { history: { validTo } } : {}),
        },
      })
    const current = await unit('xa-hien-hanh')
    const dissolved = await unit('xa-da-sap-nhap', '2025-06-30T00:00:00.000Z')
    await payload.update({ collection: 'tenants', id: siteA, data: { commune: current.id } })
    await payload.update({ collection: 'tenants', id: siteB, data: { commune: dissolved.id } })
    const visits = new Map<number | string, number>([
      [siteA, 7],
      [siteB, 5],
    ])
    const rollup = await siteActivity(payload, new Date(), async (id) => visits.get(id) ?? 0)
    const row = (id: number) => rollup.sites.find((site) => site.id === id)!
    expect(row(siteA).commune).toMatchObject({ slug: 'xa-hien-hanh', status: 'dat-chuan' })
    expect(row(siteB).commune).toBeNull()
    expect(row(siteA).visitsThisMonth).toBe(7)
    expect(rollup.totalVisitsThisMonth).toBe(
      rollup.sites.reduce((sum, site) => sum + (site.visitsThisMonth ?? 0), 0),
    )
  })
})

describe('the site of a unit merged away', () => {
  it('is read-only from its archivedFrom: its own editors cannot write there, province admins can', async () => {
    const archive = await payload.create({
      collection: 'tenants',
      data: { name: 'Huyện cũ', slug: 'huyen-cu', kind: 'luu-tru', archivedFrom: '2025-07-01T00:00:00.000Z' },
    })
    const editor = await account('btv-cu@test.example', [{ tenant: archive.id, role: 'editor' }])
    const refused = await payload
      .create({
        collection: 'articles',
        ...as(editor),
        draft: true,
        data: { title: 'Bài mới ở đơn vị cũ', tenant: archive.id, _status: 'draft' },
      })
      .then(
        () => null,
        (caught: { status?: number; message?: string }) => caught,
      )
    expect(refused?.status).toBe(403)
    expect(refused?.message).toContain('chỉ để đọc')
    const byAdmin = await payload.create({
      collection: 'articles',
      user: { ...staff.admin, collection: 'users' as const },
      overrideAccess: false,
      draft: true,
      data: { title: 'Đính chính ở đơn vị cũ', tenant: archive.id, _status: 'draft' },
    })
    expect(byAdmin.id).toBeDefined()
  })
})
