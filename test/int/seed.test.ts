import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadProgrammeFigures } from '../../lib/programme/figures'
import { SEED_ARTICLE_SLUG } from '../../seed/data/content'
import { seedDemo } from '../../seed'
import { startPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await startPayload()
  payload = ctx.payload
  await seedDemo(payload)
})
afterAll(async () => ctx?.close())

const communeBySlug = async (slug: string) => {
  const { docs } = await payload.find({
    collection: 'communes',
    overrideAccess: false,
    where: { slug: { equals: slug } },
  })
  return docs[0]
}

const countAll = async () => {
  const slugs = [
    'articles',
    'categories',
    'communes',
    'criteria',
    'criteria-sets',
    'events',
    'media',
  ] as const
  return Object.fromEntries(
    await Promise.all(
      slugs.map(async (collection) => [
        collection,
        (await payload.count({ collection, overrideAccess: true })).totalDocs,
      ]),
    ),
  )
}

describe('demo content', () => {
  it('reproduces the seed article’s figures, computed from the data', async () => {
    const figures = await loadProgrammeFigures(payload)
    expect(figures.communes).toBe(20)
    expect(figures.recognised).toBe(10)
    expect(figures.advanced).toBe(2)
    expect(figures.averageCriteriaMet).toBe(14.5)
  })

  it('has Cao Lâu at 8/19, aiming for NTM in 2024', async () => {
    const caoLau = await communeBySlug('cao-lau')
    expect(caoLau.progress).toMatchObject({ ntmMet: 8, total: 19 })
    expect(caoLau.target).toMatchObject({ level: 'dat-chuan', year: 2024 })
    expect(caoLau.status).toBe('chua-dat')
  })

  it('has Tân Liên recognised and at 7/19 of the nâng cao criteria, aiming for nâng cao in 2024', async () => {
    const tanLien = await communeBySlug('tan-lien')
    expect(tanLien.status).toBe('dat-chuan')
    expect(tanLien.recognitionYear).toBe(2020)
    expect(tanLien.progress).toMatchObject({ ntmMet: 19, nangCaoMet: 7, total: 19 })
    expect(tanLien.target).toMatchObject({ level: 'nang-cao', year: 2024 })
  })

  it('has 22 communes of Cao Lộc: 20 xã and 2 thị trấn', async () => {
    const { docs } = await payload.find({ collection: 'communes', pagination: false, depth: 0 })
    expect(docs).toHaveLength(22)
    expect(
      docs
        .filter((c) => c.kind === 'thi-tran')
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Thị trấn Cao Lộc', 'Thị trấn Đồng Đăng'])
  })

  it('has both criteria sets: 19 criteria in 5 groups, and 10', async () => {
    const sets = await payload.find({ collection: 'criteria-sets', sort: 'validFrom', depth: 0 })
    expect(sets.docs.map((s) => s.legalBasis)).toEqual([
      expect.stringContaining('318/QĐ-TTg'),
      expect.stringContaining('51/2025/QĐ-TTg'),
    ])
    const first = await payload.find({
      collection: 'criteria',
      pagination: false,
      where: { set: { equals: sets.docs[0].id } },
      sort: 'number',
    })
    expect(first.docs).toHaveLength(19)
    expect(new Set(first.docs.map((c) => c.group?.code))).toEqual(new Set(['I', 'II', 'III', 'IV', 'V']))
    expect(first.docs[2].name).toBe('Thủy lợi và phòng, chống thiên tai')
    const second = await payload.count({
      collection: 'criteria',
      where: { set: { equals: sets.docs[1].id } },
    })
    expect(second.totalDocs).toBe(10)
  })

  it('publishes the seed article with its source and its two events', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      overrideAccess: false,
      depth: 1,
      where: { slug: { equals: SEED_ARTICLE_SLUG } },
    })
    const article = docs[0]
    expect(article._status).toBe('published')
    expect(article.source?.url).toMatch(/^https:\/\/baolangson\.vn\/.+5013560\.html$/)
    // Populated, an event carries what an article's page shows (defaultPopulate); its figures
    // are read from the event itself.
    const ids = (article.events ?? []).map((e) => (typeof e === 'object' ? e.id : e))
    expect(ids).toHaveLength(2)
    const events = (await payload.find({ collection: 'events', where: { id: { in: ids } } })).docs
    const campaign = events.find((e) => e?.kind === 'ra-quan')
    expect(campaign).toMatchObject({
      participants: 18_000,
      contributions: { fromResidents: 130_000_000, fromOrganisations: 600_000_000 },
    })
    expect(events.find((e) => e?.kind === 'hoi-nghi')?.startsAt).toBe('2024-07-02T01:00:00.000Z')
  })

  it('lists a criterion’s communes that meet it, and a commune’s articles', async () => {
    const { docs } = await payload.find({
      collection: 'criteria',
      where: { slug: { equals: '10-thu-nhap-2021-2025' } },
      depth: 0,
    })
    // Income is met only by the 10 recognised xã in the demo data.
    expect(docs[0].communesMeeting?.docs).toHaveLength(10)
    const caoLau = await communeBySlug('cao-lau')
    expect(caoLau.articles?.docs?.length).toBeGreaterThan(0)
  })

  it('keeps drafts out of public reads and joins', async () => {
    const published = await payload.find({ collection: 'articles', overrideAccess: false, pagination: false })
    expect(published.docs.every((a) => a._status === 'published')).toBe(true)
    const caoLau = await communeBySlug('cao-lau')
    const joined = (caoLau.articles?.docs ?? []).map((a) => (typeof a === 'object' ? a.slug : a))
    expect(joined).not.toContain('ban-nhap-ke-hoach-tham-dinh-xa-cao-lau')
    // The draft is there for staff, so the rule above is what hides it.
    const asStaff = await payload.findByID({
      collection: 'communes',
      id: caoLau.id,
      overrideAccess: true,
      draft: true,
    })
    const staffJoined = (asStaff.articles?.docs ?? []).map((a) => (typeof a === 'object' ? a.slug : a))
    expect(staffJoined).toContain('ban-nhap-ke-hoach-tham-dinh-xa-cao-lau')
  })

  it('fills the globals: contact information and four related links', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings' })
    expect(settings.portalName).toContain('Cao Lộc')
    const links = await payload.findGlobal({ slug: 'related-links' })
    expect(links.links?.map((l) => new URL(l.url).hostname)).toEqual([
      'langson.gov.vn',
      'baolangson.vn',
      'nongthonmoi.gov.vn',
      'dichvucong.gov.vn',
    ])
  })
})

describe('seeding again', () => {
  it('changes nothing', async () => {
    const before = await countAll()
    const report = await seedDemo(payload)
    expect(report.created).toEqual({})
    expect(await countAll()).toEqual(before)
  })

  it('never overwrites or resurrects editors’ work', async () => {
    const caoLau = await communeBySlug('cao-lau')
    await payload.update({ collection: 'communes', id: caoLau.id, data: { name: 'Xã Cao Lâu (đã sửa)' } })
    const links = await payload.findGlobal({ slug: 'related-links' })
    await payload.updateGlobal({ slug: 'related-links', data: { links: links.links?.slice(0, 1) } })
    await seedDemo(payload)
    expect((await communeBySlug('cao-lau')).name).toBe('Xã Cao Lâu (đã sửa)')
    expect((await payload.findGlobal({ slug: 'related-links' })).links).toHaveLength(1)
  })

  it('with --if-empty, loads nothing into a database that has content', async () => {
    const report = await seedDemo(payload, { ifEmpty: true })
    expect(report.skipped).toBe(true)
  })
})
