/**
 * The province-sized data set of `npm run bench:scale`, made through Payload's local API (every
 * hook runs: versions, slugs, the search index), reproducibly (a seeded generator: the same
 * documents on every machine). Run as a process: `setup` makes the sites, categories, criteria
 * set, communes, events and an editor (`editor` only that, for the demo data); `articles <from> <to>` makes that slice of the articles,
 * so several processes share the work (scripts/bench/scale.ts starts them).
 * Production mode and `--conditions=production`, as for the seed.
 */
import nextEnv from '@next/env'

import { editorState, p } from '../../seed/lexical'
import { BENCH_EDITOR, SCALE } from './scaleSettings'

nextEnv.loadEnvConfig(process.cwd(), false)
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')


/** mulberry32: a small seeded generator, so every run makes the same documents. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const WORDS = (
  'xây dựng nông thôn mới chương trình mục tiêu quốc gia xã huyện tỉnh Lạng Sơn Cao Lộc đạt chuẩn nâng cao kiểu mẫu ' +
  'tiêu chí giao thông thủy lợi điện trường học cơ sở vật chất văn hóa chợ nông thôn thông tin truyền thông nhà ở dân cư ' +
  'thu nhập nghèo đa chiều lao động tổ chức sản xuất giáo dục y tế môi trường an toàn thực phẩm hệ thống chính trị ' +
  'quốc phòng an ninh người dân chủ thể hưởng lợi hội nghị sơ kết tổng kết triển khai kế hoạch nhiệm vụ năm tháng ' +
  'đường bê tông kênh mương nhà văn hóa thôn bản hợp tác xã sản phẩm OCOP chè hồi quế hồng Bảo Lâm Thụy Hùng Tân Liên ' +
  'Hòa Cư Đồng Đăng Lộc Yên Mẫu Sơn Xuân Long Yên Trạch Công Sơn Hợp Thành Phú Xá Thạch Đạn Thanh Lòa Xuất Lễ ' +
  'vốn ngân sách huy động đóng góp hiến đất ngày công tuyên truyền vận động phong trào thi đua khen thưởng'
).split(' ')

const sentence = (next: () => number, words: number) =>
  Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ')

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)

const payload = await getPayload({ config })
const [command, fromArg, toArg] = process.argv.slice(2)

const idsOf = async (collection: 'tenants' | 'categories' | 'communes' | 'events') =>
  (await payload.find({ collection, depth: 0, limit: 10_000, pagination: false, sort: 'id', select: {} })).docs.map(
    (doc) => doc.id,
  )

/** The editor whose token the admin-list row uses (a province-wide editor). */
async function createEditor() {
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { ...BENCH_EDITOR, displayName: 'Biên tập viên đo tải', role: 'editor' } as never,
  })
}

if (command === 'setup') {
  const next = random(1)
  for (let n = 0; n < SCALE.sites; n++) {
    await payload.create({
      collection: 'tenants',
      data: { name: `Xã Quy Mô ${n + 1}`, slug: `quy-mo-${n + 1}`, kind: 'xa' } as never,
    })
  }
  const set = await payload.create({ collection: 'criteria-sets', data: { name: 'Bộ tiêu chí quy mô' } as never })
  for (let n = 0; n < 19; n++) {
    await payload.create({
      collection: 'criteria',
      data: { set: set.id, number: n + 1, name: `Tiêu chí ${capitalise(sentence(next, 3))}` } as never,
    })
  }
  for (let n = 0; n < SCALE.categories; n++) {
    await payload.create({ collection: 'categories', data: { name: `Chuyên mục ${n + 1} ${sentence(next, 2)}` } as never })
  }
  for (let n = 0; n < SCALE.communes; n++) {
    await payload.create({
      collection: 'communes',
      data: { name: `Xã ${capitalise(sentence(next, 2))} ${n + 1}`, kind: 'xa', status: 'chua-dat', criteriaSet: set.id } as never,
    })
  }
  const sites = await idsOf('tenants')
  const communes = await idsOf('communes')
  for (let n = 0; n < SCALE.events; n++) {
    await payload.create({
      collection: 'events',
      data: {
        title: `${capitalise(sentence(next, 6))} ${n + 1}`,
        startsAt: new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 7 * 365) * 86_400_000).toISOString(),
        tenant: sites[n % sites.length],
        communes: [communes[Math.floor(next() * communes.length)]],
        description: sentence(next, 40),
      } as never,
    })
  }
  await createEditor()
} else if (command === 'editor') {
  await createEditor()
} else if (command === 'articles') {
  const [sites, categories, communes] = [await idsOf('tenants'), await idsOf('categories'), await idsOf('communes')]
  for (let n = Number(fromArg); n < Number(toArg); n++) {
    const next = random(1000 + n)
    const paragraphs = Array.from({ length: 6 }, () => p(`${capitalise(sentence(next, SCALE.wordsPerArticle / 6))}.`))
    const about = Array.from({ length: 1 + Math.floor(next() * 3) }, () => communes[Math.floor(next() * communes.length)])
    await payload.create({
      collection: 'articles',
      data: {
        title: `${capitalise(sentence(next, 9))} (${n + 1})`,
        summary: capitalise(sentence(next, 30)),
        body: editorState(paragraphs),
        _status: 'published',
        publishedAt: new Date(Date.UTC(2019, 0, 1) + Math.floor(next() * 8 * 365 * 24) * 3_600_000).toISOString(),
        tenant: sites[n % sites.length],
        category: categories[n % categories.length],
        communes: [...new Set(about)],
      } as never,
    })
  }
} else {
  throw new Error('usage: scaleData.ts setup | editor | articles <from> <to>')
}
await payload.destroy()
process.exit(0)
