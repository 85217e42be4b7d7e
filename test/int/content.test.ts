import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let payload: Payload
let setId: number
let otherSetId: number
const criterionIds: number[] = []

const image = path.resolve('seed/media/hoi-nghi-so-ket.jpg')

beforeAll(async () => {
  ctx = await startPayload()
  payload = ctx.payload
  setId = (await payload.create({ collection: 'criteria-sets', data: { name: 'Bộ tiêu chí thử' } as never }))
    .id
  otherSetId = (
    await payload.create({ collection: 'criteria-sets', data: { name: 'Bộ tiêu chí khác' } as never })
  ).id
  for (const number of [1, 2, 3]) {
    const c = await payload.create({
      collection: 'criteria',
      data: { set: setId, number, name: `Tiêu chí ${number}` } as never,
    })
    criterionIds.push(c.id)
  }
})
afterAll(async () => ctx?.close())

/** The field errors of a refused write. */
const fieldErrors = async (run: () => Promise<unknown>) => {
  try {
    await run()
  } catch (error) {
    const e = error as { status?: number; data?: { errors?: { path: string; message: string }[] } }
    expect(e.status).toBe(400)
    return e.data?.errors ?? []
  }
  throw new Error('expected the write to be refused')
}

describe('create, read, update, delete', () => {
  it('articles', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { title: 'Xã Hòa Cư ra quân làm đường', _status: 'published' } as never,
    })
    expect(doc.slug).toBe('xa-hoa-cu-ra-quan-lam-duong')
    const updated = await payload.update({ collection: 'articles', id: doc.id, data: { summary: 'Sa pô' } })
    expect(updated.summary).toBe('Sa pô')
    expect((await payload.findByID({ collection: 'articles', id: doc.id })).title).toBe(doc.title)
    await payload.delete({ collection: 'articles', id: doc.id })
    expect(
      (await payload.find({ collection: 'articles', where: { id: { equals: doc.id } } })).totalDocs,
    ).toBe(0)
  })

  it('categories, criteria sets, criteria, communes, events', async () => {
    const category = await payload.create({ collection: 'categories', data: { name: 'Đời sống' } as never })
    expect(category.slug).toBe('doi-song')
    const commune = await payload.create({
      collection: 'communes',
      data: { name: 'Xã Thử Nghiệm', criteriaSet: setId, kind: 'xa', status: 'chua-dat' } as never,
    })
    expect(commune.slug).toBe('xa-thu-nghiem')
    const event = await payload.create({
      collection: 'events',
      data: { title: 'Hội nghị thử', startsAt: '2024-07-02T01:00:00.000Z', communes: [commune.id] } as never,
    })
    const read = await payload.findByID({ collection: 'events', id: event.id, depth: 1 })
    expect(read.communes?.map((c) => (typeof c === 'object' ? c.name : c))).toEqual(['Xã Thử Nghiệm'])
    await payload.update({ collection: 'events', id: event.id, data: { participants: 120 } })
    for (const [collection, id] of [
      ['events', event.id],
      ['communes', commune.id],
      ['categories', category.id],
    ] as const) {
      await payload.delete({ collection, id })
      expect((await payload.find({ collection, where: { id: { equals: id } } })).totalDocs).toBe(0)
    }
  })

  it('media: uploads with responsive sizes', async () => {
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Hội trường', caption: 'Chú thích' },
      filePath: image,
    })
    expect(media.url).toMatch(/^\/api\/media\/file\//)
    expect(media.sizes?.thumbnail?.width).toBe(400)
    expect(media.sizes?.card?.width).toBe(768)
    await payload.delete({ collection: 'media', id: media.id })
  })

  it('globals', async () => {
    const settings = await payload.updateGlobal({
      slug: 'site-settings',
      data: { portalName: 'Cổng thử', email: 'a@b.vn' },
    })
    expect(settings.portalName).toBe('Cổng thử')
  })
})

describe('Vietnamese text', () => {
  it('is stored NFC whatever the input', async () => {
    const nfd = 'Xã Hòa Cư'.normalize('NFD')
    const doc = await payload.create({ collection: 'categories', data: { name: nfd } as never })
    expect(doc.name).toBe('Xã Hòa Cư'.normalize('NFC'))
    expect(doc.slug).toBe('xa-hoa-cu')
    const found = await payload.find({ collection: 'categories', where: { name: { equals: 'Xã Hòa Cư' } } })
    expect(found.totalDocs).toBe(1)
  })

  it('gives generated slugs a suffix on collision, and keeps them when the title changes', async () => {
    const a = await payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Tin Đồng Đăng' } as never,
    })
    const b = await payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Tin Đồng Đăng' } as never,
    })
    const c = await payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Tin  đồng  đăng!' } as never,
    })
    expect([a.slug, b.slug, c.slug]).toEqual(['tin-dong-dang', 'tin-dong-dang-2', 'tin-dong-dang-3'])
    const renamed = await payload.update({
      collection: 'articles',
      id: a.id,
      draft: true,
      data: { title: 'Tên mới' },
    })
    expect(renamed.slug).toBe('tin-dong-dang')
  })

  it('normalises a typed slug and refuses a duplicate with a field error', async () => {
    const typed = await payload.create({
      collection: 'categories',
      data: { name: 'Khác', slug: 'Chuyên Mục Riêng' } as never,
    })
    expect(typed.slug).toBe('chuyen-muc-rieng')
    const errors = await fieldErrors(() =>
      payload.create({
        collection: 'categories',
        data: { name: 'Khác nữa', slug: 'chuyen-muc-rieng' } as never,
      }),
    )
    expect(errors.map((e) => e.path)).toEqual(['slug'])
  })
})

describe('search text', () => {
  it('is folded from the visible text, and never sent in a response', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: { title: 'Hội nghị ở Cao Lộc', summary: 'Đồng Đăng', _status: 'published' } as never,
    })
    expect((doc as { searchText?: string }).searchText).toBeUndefined()
    for (const query of ['cao loc', 'dong dang', 'hoi nghi']) {
      const { docs } = await payload.find({
        collection: 'articles',
        overrideAccess: false,
        where: { searchText: { like: query } },
      })
      expect(docs.map((d) => d.id)).toContain(doc.id)
    }
  })
})

describe('computed attainment', () => {
  it('counts criteria met at each level, and follows every change, on record', async () => {
    const [c1, c2, c3] = criterionIds
    const commune = await payload.create({
      collection: 'communes',
      data: {
        name: 'Xã Đếm',
        criteriaSet: setId,
        attainment: [
          { criterion: c1, level: 'ntm', achieved: true },
          { criterion: c2, level: 'ntm', achieved: false },
          { criterion: c3, level: 'nang-cao', achieved: true },
        ],
      } as never,
    })
    expect(commune.progress).toEqual({ ntmMet: 2, nangCaoMet: 1, total: 3 })
    expect(commune.metCriteria?.map((c) => (typeof c === 'object' ? c.id : c)).sort()).toEqual(
      [c1, c3].sort(),
    )

    const updated = await payload.update({
      collection: 'communes',
      id: commune.id,
      data: { attainment: [...(commune.attainment ?? []).map((r) => ({ ...r, achieved: true }))] },
    })
    expect(updated.progress).toEqual({ ntmMet: 3, nangCaoMet: 1, total: 3 })

    const versions = await payload.findVersions({
      collection: 'communes',
      where: { parent: { equals: commune.id } },
    })
    expect(versions.totalDocs).toBe(2)
  })

  it('refuses a repeated (criterion, level) and a criterion of another set', async () => {
    const foreign = await payload.create({
      collection: 'criteria',
      data: { set: otherSetId, number: 1, name: 'Tiêu chí bộ khác' } as never,
    })
    const errors = await fieldErrors(() =>
      payload.create({
        collection: 'communes',
        data: {
          name: 'Xã Lỗi',
          criteriaSet: setId,
          attainment: [
            { criterion: criterionIds[0], level: 'ntm', achieved: true },
            { criterion: criterionIds[0], level: 'ntm', achieved: false },
            { criterion: foreign.id, level: 'ntm', achieved: true },
          ],
        } as never,
      }),
    )
    expect(errors.map((e) => e.path).sort()).toEqual(['attainment.1.criterion', 'attainment.2.criterion'])
  })

  it('keeps criterion numbers unique within a set', async () => {
    const errors = await fieldErrors(() =>
      payload.create({ collection: 'criteria', data: { set: setId, number: 1, name: 'Trùng số' } as never }),
    )
    expect(errors.map((e) => e.path)).toEqual(['number'])
  })
})

describe('bad input', () => {
  it.each(['javascript:alert(1)', 'ftp://example.vn/x', 'không phải url'])(
    'refuses the related link %s',
    async (url) => {
      const errors = await fieldErrors(() =>
        payload.updateGlobal({ slug: 'related-links', data: { links: [{ label: 'X', url }] } }),
      )
      expect(errors[0].path).toBe('links.0.url')
    },
  )

  it('refuses negative or fractional participants and contributions', async () => {
    for (const data of [
      { participants: -1 },
      { participants: 1.5 },
      { contributions: { fromResidents: -100 } },
    ]) {
      const errors = await fieldErrors(() =>
        payload.create({
          collection: 'events',
          data: { title: 'Sai', startsAt: '2024-07-02T01:00:00.000Z', ...data } as never,
        }),
      )
      expect(errors.length).toBe(1)
    }
  })

  it('refuses an event that ends before it starts', async () => {
    const errors = await fieldErrors(() =>
      payload.create({
        collection: 'events',
        data: {
          title: 'Ngược',
          startsAt: '2024-07-02T01:00:00.000Z',
          endsAt: '2024-07-01T01:00:00.000Z',
        } as never,
      }),
    )
    expect(errors.map((e) => e.path)).toEqual(['endsAt'])
  })

  it('refuses media without alt text, or with blank alt text', async () => {
    for (const alt of [undefined, '   ']) {
      const errors = await fieldErrors(() =>
        payload.create({ collection: 'media', data: { alt } as never, filePath: image }),
      )
      expect(errors.map((e) => e.path)).toEqual(['alt'])
    }
  })

  it('refuses an article source that is not http(s)', async () => {
    const errors = await fieldErrors(() =>
      payload.create({
        collection: 'articles',
        data: {
          title: 'Nguồn xấu',
          source: { name: 'X', url: 'javascript:alert(1)' },
          _status: 'published',
        } as never,
      }),
    )
    expect(errors.map((e) => e.path)).toEqual(['source.url'])
  })
})

describe('finding by name in the admin (hooks/foldedTitleSearch.ts)', () => {
  it('finds “Hòa Cư” from “hoa cu”, “HOA CƯ” or itself, as the list search and pickers ask', async () => {
    const commune = await payload.create({
      collection: 'communes',
      data: { name: 'Xã Hòa Cư', kind: 'xa', status: 'chua-dat', criteriaSet: setId } as never,
    })
    for (const text of ['hoa cu', 'HOA CƯ', 'Hòa Cư', 'xa hoa']) {
      const { docs } = await payload.find({ collection: 'communes', where: { name: { like: text } } })
      expect(
        docs.map((doc) => doc.id),
        text,
      ).toContain(commune.id)
    }
    // Inside other conditions too, and only widening the title: another field's condition holds.
    const { docs } = await payload.find({
      collection: 'communes',
      where: { and: [{ name: { like: 'hoa cu' } }, { kind: { equals: 'thi-tran' } }] },
    })
    expect(docs).toHaveLength(0)
  })
})

describe('names in Vietnamese order from the database (fields/sortKey.ts)', () => {
  it('sorts by name, ascending and descending and by default, as Intl.Collator("vi") does', async () => {
    const names = ['Xã Thụy Hùng', 'Xã Bình Trung', 'Xã Tân Liên', 'Xã Bảo Lâm', 'Xã Ân Tình', 'Xã An Bình']
    for (const name of names) {
      await payload.create({
        collection: 'communes',
        data: { name, kind: 'xa', status: 'chua-dat', criteriaSet: setId } as never,
      })
    }
    const where = { name: { in: [...names, 'Xã Yên Bình'] } }
    const expected = [...names].sort(new Intl.Collator('vi').compare)
    const read = async (sort?: string) =>
      (await payload.find({ collection: 'communes', where, sort, limit: 50 })).docs.map((doc) => doc.name)
    expect(await read('name')).toEqual(expected)
    expect(await read()).toEqual(expected)
    expect(await read('-name')).toEqual([...expected].reverse())
    // Renamed, it moves: the key follows the name on every save.
    const [first] = (
      await payload.find({ collection: 'communes', where: { name: { equals: 'Xã An Bình' } } })
    ).docs
    await payload.update({ collection: 'communes', id: first.id, data: { name: 'Xã Yên Bình' } as never })
    expect((await read('name')).at(-1)).toBe('Xã Yên Bình')
    // The key stays in the database.
    expect(Object.keys(first)).not.toContain('sortKey')
  })
})
