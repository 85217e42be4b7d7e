import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rebuildSearchIndex, searchIndexOf } from '../../lib/search/engine'
import type { SearchQuery } from '../../lib/search/types'
import { searchWords } from '../../lib/vi/search'
import { toNFC } from '../../lib/vi/text'
import { editorState, p } from '../../seed/lexical'
import { startPayload, type TestPayload } from '../helpers/payload'

/**
 * The search index (lib/search/) on a real Payload and SQLite: ranking, filters, paging, site
 * scope, and the index kept in step with publish, edit, unpublish and delete by the hooks.
 */
let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await startPayload()
  payload = ctx.payload
})
afterAll(async () => ctx?.close())

const find = async (text: string, extra: Partial<SearchQuery> = {}) =>
  (await searchIndexOf(payload)).query({
    words: searchWords(text),
    exact: toNFC(text).toLocaleLowerCase('vi'),
    sites: 'all',
    offset: 0,
    limit: 10,
    countUpTo: 1000,
    ...extra,
  })
const titles = async (text: string, extra: Partial<SearchQuery> = {}) =>
  (await find(text, extra)).matches.map((match) => match.entry.title)

const article = (title: string, extra: Record<string, unknown> = {}) =>
  payload.create({ collection: 'articles', data: { title, _status: 'published', ...extra } as never })

describe('ranking', () => {
  it('puts a title match above a summary match above a body match, and the query’s own diacritics first', async () => {
    await article('Tin chung về giao thông nông thôn', {
      body: editorState([p('Nói về Bản Mốc ở cuối bài.')]),
    })
    await article('Tin về đường làng', { summary: 'Đường đến Bản Mốc đã xong.' })
    await article('Bản Mốc về đích nông thôn mới')
    await article('Bàn mộc cho nhà văn hóa')
    const found = await titles('ban moc')
    expect(found.slice(0, 2).sort()).toEqual(['Bàn mộc cho nhà văn hóa', 'Bản Mốc về đích nông thôn mới'])
    expect(found.slice(2)).toEqual(['Tin về đường làng', 'Tin chung về giao thông nông thôn'])
    // As typed with its diacritics, the exact spelling comes first, whichever it is.
    expect((await titles('Bàn mộc'))[0]).toBe('Bàn mộc cho nhà văn hóa')
    expect((await titles('Bản Mốc'))[0]).toBe('Bản Mốc về đích nông thôn mới')
  })

  it('pages through title and summary matches first, then body matches, each once', async () => {
    for (let n = 0; n < 3; n++) await article(`Khau Bao lần ${n}`)
    for (let n = 0; n < 12; n++) {
      await article(`Tin thường lệ ${n}`, { body: editorState([p(`Nhắc đến Khau Bao ở thân bài ${n}.`)]) })
    }
    const first = await find('khau bao')
    const second = await find('khau bao', { offset: 10 })
    expect(first.total).toBe(15)
    expect(
      first.matches
        .slice(0, 3)
        .map((m) => m.entry.title)
        .sort(),
    ).toEqual(['Khau Bao lần 0', 'Khau Bao lần 1', 'Khau Bao lần 2'])
    expect(second.matches).toHaveLength(5)
    const ids = [...first.matches, ...second.matches].map((m) => m.entry.id)
    expect(new Set(ids).size).toBe(15)
  })

  it('pages through three tiers (title, then summary, then body), each once, with or without a cap', async () => {
    for (let n = 0; n < 12; n++) {
      await article(`Ba tầng Pác Khuông ${n}`)
      await article(`Tin tóm tắt ${n}`, { summary: `Nói về Pác Khuông, lần ${n}.` })
      await article(`Tin thân bài ${n}`, { body: editorState([p(`Cuối bài nhắc Pác Khuông ${n}.`)]) })
    }
    for (const countUpTo of [1000, 5]) {
      const seen: string[] = []
      for (let offset = 0; offset < 40; offset += 10) {
        seen.push(...(await titles('pac khuong', { offset, countUpTo })))
      }
      expect(seen).toHaveLength(36)
      expect(new Set(seen).size).toBe(36)
      const tierOf = (title: string) =>
        title.startsWith('Ba tầng') ? 0 : title.startsWith('Tin tóm tắt') ? 1 : 2
      expect(seen.map(tierOf)).toEqual([...Array(12).fill(0), ...Array(12).fill(1), ...Array(12).fill(2)])
    }
    // A filter narrows every tier alike.
    const year = new Date().getFullYear()
    expect((await find('pac khuong', { year })).total).toBe(36)
    expect((await find('pac khuong', { year: year - 30 })).total).toBe(0)
  })

  it('requires every word', async () => {
    expect(await titles('ban moc lang son zzz')).toEqual([])
  })
})

describe('filters and paging', () => {
  it('filters by type, commune, category and year, and pages with a total', async () => {
    const category = await payload.create({ collection: 'categories', data: { name: 'Lọc thử' } as never })
    const set = await payload.create({ collection: 'criteria-sets', data: { name: 'Bộ lọc thử' } as never })
    const commune = await payload.create({
      collection: 'communes',
      data: { name: 'Xã Lọc Thử', kind: 'xa', status: 'chua-dat', criteriaSet: set.id } as never,
    })
    for (let i = 1; i <= 23; i++) {
      await article(`Phân trang kiểm thử số ${i}`, {
        publishedAt: `${i % 2 ? 2023 : 2024}-06-0${(i % 9) + 1}T03:00:00.000Z`,
        ...(i <= 5 ? { category: category.id, communes: [commune.id] } : {}),
      })
    }
    await payload.create({
      collection: 'events',
      data: { title: 'Phân trang kiểm thử: hội nghị', startsAt: '2024-05-01T01:00:00.000Z' } as never,
    })
    const all = await find('phan trang kiem thu')
    expect(all.total).toBe(24)
    expect(all.matches).toHaveLength(10)
    const third = await find('phan trang kiem thu', { offset: 20 })
    expect(third.matches).toHaveLength(4)
    const seen = new Set(
      [...all.matches, ...(await find('phan trang kiem thu', { offset: 10 })).matches, ...third.matches].map(
        (m) => m.entry.id + m.entry.collection,
      ),
    )
    expect(seen.size).toBe(24)
    expect((await find('phan trang kiem thu', { collections: ['events'] })).total).toBe(1)
    expect((await find('phan trang kiem thu', { category: String(category.id) })).total).toBe(5)
    expect((await find('phan trang kiem thu', { commune: String(commune.id) })).total).toBe(5)
    expect((await find('phan trang kiem thu', { year: 2024, collections: ['articles'] })).total).toBe(11)
    expect(await (await searchIndexOf(payload)).years()).toEqual(expect.arrayContaining([2024, 2023]))
    expect(all.more).toBe(false)
  })

  it('counts up to a cap, says there are more, and still pages past it in order', async () => {
    const capped = await find('phan trang kiem thu', { countUpTo: 7 })
    expect([capped.total, capped.more]).toEqual([7, true])
    expect(capped.matches).toHaveLength(10)
    const exact = await find('phan trang kiem thu', { countUpTo: 24 })
    expect([exact.total, exact.more]).toEqual([24, false])
    // A page beyond the cap is the same page as without one.
    const deep = await find('phan trang kiem thu', { countUpTo: 7, offset: 20 })
    const uncapped = await find('phan trang kiem thu', { offset: 20 })
    expect(deep.matches.map((m) => m.entry.id)).toEqual(uncapped.matches.map((m) => m.entry.id))
  })

  it('scopes to the sites searched; shared documents are found from every site', async () => {
    const site = await payload.create({
      collection: 'tenants',
      data: { name: 'Xã Phạm Vi', slug: 'pham-vi', kind: 'xa' } as never,
    })
    await article('Phạm vi tìm kiếm của đơn vị', { tenant: site.id })
    await article('Phạm vi tìm kiếm của tỉnh')
    expect(
      (await find('pham vi tim kiem', { sites: [String(site.id)] })).matches.map((m) => m.entry.title),
    ).toEqual(['Phạm vi tìm kiếm của đơn vị'])
    expect((await find('pham vi tim kiem')).total).toBe(2)
  })
})

describe('kept in step with the content', () => {
  it('indexes on publish, follows edits, keeps the published text while a draft is edited, drops on unpublish and delete', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Bản nháp Khuổi Khỉn' } as never,
    })
    expect(await titles('khuoi khin')).toEqual([])
    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } as never })
    expect(await titles('khuoi khin')).toEqual(['Bản nháp Khuổi Khỉn'])
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { title: 'Khuổi Khỉn có đường mới', _status: 'published' } as never,
    })
    expect(await titles('duong moi')).toEqual(['Khuổi Khỉn có đường mới'])
    expect(await titles('ban nhap khuoi')).toEqual([])
    // A new draft of a published article: readers still see, and find, the published text.
    await payload.update({
      collection: 'articles',
      id: draft.id,
      draft: true,
      data: { title: 'Khuổi Khỉn bí mật' } as never,
    })
    expect(await titles('bi mat')).toEqual([])
    expect(await titles('khuoi khin')).toEqual(['Khuổi Khỉn có đường mới'])
    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'draft' } as never })
    expect(await titles('khuoi khin')).toEqual([])
    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } as never })
    expect((await titles('khuoi khin')).length).toBe(1)
    await payload.delete({ collection: 'articles', id: draft.id })
    expect(await titles('khuoi khin')).toEqual([])
  })

  it('rebuilds to the same answers', async () => {
    const before = await find('phan trang kiem thu', { limit: 50 })
    const count = await rebuildSearchIndex(payload)
    expect(count).toBeGreaterThan(24)
    const after = await find('phan trang kiem thu', { limit: 50 })
    expect(after.total).toBe(before.total)
    expect(after.matches.map((m) => m.entry.id).sort()).toEqual(before.matches.map((m) => m.entry.id).sort())
  })
})

describe('the index’s layout', () => {
  it('empties an index of an older layout at open, for the start-up rebuild to fill', async () => {
    const { createClient } = await import('@libsql/client')
    const { openSqliteSearch } = await import('../../lib/search/sqlite')
    const os = await import('node:os')
    const path = await import('node:path')
    const fs = await import('node:fs')
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-search-layout-')), 'old-search.db')
    const old = createClient({ url: `file:${file}` })
    await old.execute(`CREATE VIRTUAL TABLE search_text USING fts5(title, summary, body)`)
    await old.execute(`CREATE TABLE search_docs (rowid INTEGER PRIMARY KEY, collection TEXT NOT NULL)`)
    await old.execute(`INSERT INTO search_docs (rowid, collection) VALUES (1, 'articles')`)
    old.close()
    const index = await openSqliteSearch(file)
    expect(await index.isEmpty()).toBe(true)
    await index.put({
      collection: 'articles',
      id: '7',
      site: null,
      slug: 'bo-cuc-moi',
      title: 'Bố cục mới',
      summary: '',
      body: '',
      date: null,
      year: null,
      category: null,
      communes: [],
    })
    const found = await index.query({
      words: ['bo', 'cuc'],
      exact: '',
      sites: 'all',
      offset: 0,
      limit: 10,
      countUpTo: 10,
    })
    expect(found.matches.map((m) => m.entry.slug)).toEqual(['bo-cuc-moi'])
    await index.close()
    // Opened again, the current layout is kept.
    const again = await openSqliteSearch(file)
    expect(await again.isEmpty()).toBe(false)
    await again.close()
  })
})
