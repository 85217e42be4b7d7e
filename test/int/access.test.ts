import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { type Staff, withStaffPayload } from '../helpers/payload'

/**
 * The access matrix: anonymous, journalist, editor and admin × read, create, update, delete and
 * publish, through the local API with access enforced (`overrideAccess: false`).
 */
let payload: Payload
let staff: Staff

withStaffPayload((p, s) => {
  payload = p
  staff = s
})

type Actor = 'anonymous' | 'journalist' | 'editor' | 'admin'
const ACTORS: Actor[] = ['anonymous', 'journalist', 'editor', 'admin']
const userOf = (actor: Actor): User | undefined => (actor === 'anonymous' ? undefined : staff[actor])
const as = (actor: Actor) => ({ overrideAccess: false, user: userOf(actor) })

const outcome = async (run: () => Promise<unknown>): Promise<'allowed' | 'denied'> => {
  try {
    await run()
    return 'allowed'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401) return 'denied'
    throw error
  }
}

/** Article input without a slug: the slug field generates it (the generated types call it required). */
const article = (title: string, extra: Record<string, unknown> = {}) =>
  ({ title, ...extra }) as { title: string; slug: string }

describe('articles', () => {
  let published: { id: number }
  let draftOfJournalist: { id: number }
  let draftOfOther: { id: number }

  beforeAll(async () => {
    published = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      data: { ...article('Bài đã đăng'), _status: 'published' as const },
    })
    draftOfJournalist = await payload.create({
      collection: 'articles',
      draft: true,
      ...as('journalist'),
      data: article('Bản nháp của phóng viên'),
    })
    draftOfOther = await payload.create({
      collection: 'articles',
      draft: true,
      overrideAccess: true,
      data: { ...article('Bản nháp của người khác'), authors: [staff.journalist2.id] },
    })
  })

  it('anonymous readers see published articles and never a draft', async () => {
    const { docs } = await payload.find({ collection: 'articles', ...as('anonymous') })
    expect(docs.map((d) => d.id)).toEqual([published.id])
    await expect(
      payload.findByID({ collection: 'articles', id: draftOfJournalist.id, ...as('anonymous') }),
    ).rejects.toMatchObject({ status: 404 })
    const drafts = await payload.find({ collection: 'articles', draft: true, ...as('anonymous') })
    expect(drafts.docs.map((d) => d.id)).toEqual([published.id])
  })

  it('anonymous readers cannot read versions', async () => {
    expect(await outcome(() => payload.findVersions({ collection: 'articles', ...as('anonymous') }))).toBe(
      'denied',
    )
  })

  it('staff see drafts', async () => {
    for (const actor of ['journalist', 'editor', 'admin'] as const) {
      const { totalDocs } = await payload.find({ collection: 'articles', draft: true, ...as(actor) })
      expect(totalDocs, actor).toBe(3)
    }
  })

  it.each(ACTORS)('%s: create', async (actor) => {
    const result = await outcome(() =>
      payload.create({
        collection: 'articles',
        draft: true,
        ...as(actor),
        data: article(`Tạo bởi ${actor}`),
      }),
    )
    expect(result).toBe(actor === 'anonymous' ? 'denied' : 'allowed')
  })

  it('a journalist edits their own draft but not someone else’s, nor a published article', async () => {
    const update = (id: number) =>
      outcome(() =>
        payload.update({
          collection: 'articles',
          id,
          draft: true,
          ...as('journalist'),
          data: { summary: 'sửa' },
        }),
      )
    expect(await update(draftOfJournalist.id)).toBe('allowed')
    expect(await update(draftOfOther.id)).toBe('denied')
    expect(await update(published.id)).toBe('denied')
  })

  it('a journalist cannot publish', async () => {
    await expect(
      payload.update({
        collection: 'articles',
        id: draftOfJournalist.id,
        ...as('journalist'),
        data: { _status: 'published' },
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({
        collection: 'articles',
        ...as('journalist'),
        data: { ...article('Tự đăng'), _status: 'published' as const },
      }),
    ).rejects.toMatchObject({ status: 403 })
    const stored = await payload.findByID({
      collection: 'articles',
      id: draftOfJournalist.id,
      overrideAccess: true,
    })
    expect(stored._status).toBe('draft')
  })

  it.each(['editor', 'admin'] as const)('%s publishes, unpublishes and deletes', async (actor) => {
    const doc = await payload.create({
      collection: 'articles',
      draft: true,
      ...as('journalist'),
      data: article(`Cho ${actor}`),
    })
    const live = await payload.update({
      collection: 'articles',
      id: doc.id,
      ...as(actor),
      data: { _status: 'published' },
    })
    expect(live._status).toBe('published')
    expect(live.publishedAt).toBeTruthy()
    const seen = await payload.find({
      collection: 'articles',
      ...as('anonymous'),
      where: { id: { equals: doc.id } },
    })
    expect(seen.totalDocs).toBe(1)
    await payload.update({ collection: 'articles', id: doc.id, ...as(actor), data: { _status: 'draft' } })
    const hidden = await payload.find({
      collection: 'articles',
      ...as('anonymous'),
      where: { id: { equals: doc.id } },
    })
    expect(hidden.totalDocs).toBe(0)
    expect(await outcome(() => payload.delete({ collection: 'articles', id: doc.id, ...as(actor) }))).toBe(
      'allowed',
    )
  })

  it.each(['anonymous', 'journalist'] as const)('%s cannot delete', async (actor) => {
    expect(
      await outcome(() => payload.delete({ collection: 'articles', id: draftOfJournalist.id, ...as(actor) })),
    ).toBe('denied')
  })

  it('author accounts are hidden from the public', async () => {
    const doc = await payload.findByID({ collection: 'articles', id: published.id, ...as('anonymous') })
    expect(doc.authors).toBeUndefined()
  })
})

let criteriaSetId: number
let criterionNumber = 100
beforeAll(async () => {
  criteriaSetId = (
    await payload.create({
      collection: 'criteria-sets',
      overrideAccess: true,
      data: { name: 'Bộ cho quyền' } as never,
    })
  ).id
})

/** Content only editors and admins change; everyone reads. */
const EDITORIAL: { collection: CollectionSlug; data: () => Record<string, unknown> }[] = [
  { collection: 'categories', data: () => ({ name: `Chuyên mục ${Math.random()}` }) },
  { collection: 'criteria-sets', data: () => ({ name: `Bộ tiêu chí ${Math.random()}` }) },
  {
    collection: 'criteria',
    data: () => ({ name: `Tiêu chí ${Math.random()}`, number: criterionNumber++, set: criteriaSetId }),
  },
  { collection: 'communes', data: () => ({ name: `Xã ${Math.random()}`, criteriaSet: criteriaSetId }) },
  {
    collection: 'events',
    data: () => ({ title: `Sự kiện ${Math.random()}`, startsAt: '2024-07-02T01:00:00.000Z' }),
  },
]

describe.each(EDITORIAL)('$collection', ({ collection, data }) => {
  it.each(ACTORS)('%s: read, create, update, delete', async (actor) => {
    const existing = await payload.create({ collection, overrideAccess: true, data: data() as never })
    const expected = actor === 'editor' || actor === 'admin' ? 'allowed' : 'denied'
    const { totalDocs } = await payload.find({ collection, ...as(actor) })
    expect(totalDocs).toBeGreaterThan(0)
    expect(await outcome(() => payload.create({ collection, ...as(actor), data: data() as never }))).toBe(
      expected,
    )
    expect(
      await outcome(() =>
        payload.update({ collection, id: existing.id, ...as(actor), data: data() as never }),
      ),
    ).toBe(expected)
    expect(await outcome(() => payload.delete({ collection, id: existing.id, ...as(actor) }))).toBe(expected)
  })
})

describe('media', () => {
  const upload = (actor: Actor) =>
    payload.create({
      collection: 'media',
      ...as(actor),
      data: { alt: `Ảnh của ${actor}` },
      filePath: path.resolve('seed/media/ra-quan-ntm.jpg'),
    })

  it.each(ACTORS)('%s: read, upload, delete (staff upload; editors delete)', async (actor) => {
    const existing = await payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt: 'Có sẵn' },
      filePath: path.resolve('seed/media/duong-giao-thong-nong-thon.jpg'),
    })
    expect((await payload.find({ collection: 'media', ...as(actor) })).totalDocs).toBeGreaterThan(0)
    expect(await outcome(() => upload(actor))).toBe(actor === 'anonymous' ? 'denied' : 'allowed')
    expect(await outcome(() => payload.delete({ collection: 'media', id: existing.id, ...as(actor) }))).toBe(
      actor === 'editor' || actor === 'admin' ? 'allowed' : 'denied',
    )
  })
})

describe('globals', () => {
  it.each(ACTORS)('%s reads both globals', async (actor) => {
    for (const slug of ['site-settings', 'related-links'] as const) {
      expect(await outcome(() => payload.findGlobal({ slug, ...as(actor) }))).toBe('allowed')
    }
  })

  it.each(ACTORS)('%s: update site settings (admins only) and related links (editors)', async (actor) => {
    expect(
      await outcome(() =>
        payload.updateGlobal({ slug: 'site-settings', ...as(actor), data: { portalName: `Cổng ${actor}` } }),
      ),
    ).toBe(actor === 'admin' ? 'allowed' : 'denied')
    expect(
      await outcome(() =>
        payload.updateGlobal({
          slug: 'related-links',
          ...as(actor),
          data: { links: [{ label: 'Báo Lạng Sơn', url: 'https://baolangson.vn' }] },
        }),
      ),
    ).toBe(actor === 'editor' || actor === 'admin' ? 'allowed' : 'denied')
  })
})

describe('users', () => {
  it('are invisible to anonymous readers', async () => {
    expect(await outcome(() => payload.find({ collection: 'users', ...as('anonymous') }))).toBe('denied')
  })

  it('staff see only themselves; admins see everyone', async () => {
    const own = await payload.find({ collection: 'users', ...as('journalist') })
    expect(own.docs.map((u) => u.id)).toEqual([staff.journalist.id])
    const all = await payload.find({ collection: 'users', ...as('admin') })
    expect(all.totalDocs).toBeGreaterThanOrEqual(4)
  })

  it('only admins create users', async () => {
    for (const actor of ACTORS) {
      const result = await outcome(() =>
        payload.create({
          collection: 'users',
          ...as(actor),
          data: {
            email: `new-${actor}@test.example`,
            password: 'Mat-khau-moi-123',
            displayName: 'Mới',
            role: 'journalist',
          },
        }),
      )
      expect(result, actor).toBe(actor === 'admin' ? 'allowed' : 'denied')
    }
  })

  it('nobody but an admin changes a role, their own included', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: staff.journalist.id,
      ...as('journalist'),
      data: { role: 'admin', displayName: 'Đổi tên' },
    })
    expect(updated.role).toBe('journalist')
    expect(updated.displayName).toBe('Đổi tên')
    const promoted = await payload.update({
      collection: 'users',
      id: staff.journalist2.id,
      ...as('admin'),
      data: { role: 'editor' },
    })
    expect(promoted.role).toBe('editor')
    await payload.update({
      collection: 'users',
      id: staff.journalist2.id,
      overrideAccess: true,
      data: { role: 'journalist' },
    })
  })
})
