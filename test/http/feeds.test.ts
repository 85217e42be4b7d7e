import ical, { type VEvent } from 'node-ical'
import { XMLValidator } from 'fast-xml-parser'
import ICAL from 'ical.js'
import Parser from 'rss-parser'
import { beforeAll, describe, expect, it } from 'vitest'

import { SEED_ARTICLE_SLUG } from '../../seed/data/content'
import { ensureStaff, request, type StaffTokens } from '../helpers/http'

/** RSS 2.0, Atom 1.0 and JSON Feed 1.1, read by a real feed parser; drafts never appear. */
const SEED_TITLE = 'UBND huyện Cao Lộc sơ kết công tác xây dựng nông thôn mới 6 tháng đầu năm'
const DRAFT_TITLE = 'Bản nháp: Kế hoạch thẩm định xã Cao Lâu'
const parser = new Parser({ customFields: { item: [['content:encoded', 'contentEncoded']] } })
let tokens: StaffTokens

const parse = async (path: string) => {
  const { status, text, headers } = await request(path)
  expect(status, path).toBe(200)
  // Well-formed for a second, independent parser too (rss-parser reads through xml2js).
  expect(XMLValidator.validate(text), path).toBe(true)
  return { feed: await parser.parseString(text), type: headers.get('content-type') ?? '', text }
}

beforeAll(async () => {
  tokens = await ensureStaff()
})

describe('site feeds', () => {
  it('RSS 2.0 has the published articles with full content, cover, author, dates and source', async () => {
    const { feed, type, text } = await parse('/rss.xml')
    expect(type).toContain('application/rss+xml')
    expect(text).toContain('<rss version="2.0"')
    expect(feed.title).toBe('Cổng thông tin Nông thôn mới huyện Cao Lộc')
    const titles = feed.items.map((item) => item.title)
    expect(titles).toContain(SEED_TITLE)
    expect(titles).not.toContain(DRAFT_TITLE)
    const seed = feed.items.find((item) => item.title === SEED_TITLE)
    expect(seed?.link).toMatch(new RegExp(`^https?://[^/]+/tin-tuc/${SEED_ARTICLE_SLUG}$`))
    expect(seed?.pubDate).toBeTruthy()
    expect(seed?.enclosure?.url).toMatch(/^https?:\/\/.+\.jpg$/)
    expect(seed?.enclosure?.type).toBe('image/jpeg')
    const html = String((seed as { contentEncoded?: string }).contentEncoded)
    expect(html).toContain('bình quân mỗi xã đạt 14,5 tiêu chí')
    expect(html).toMatch(/Nguồn: <a href="https:\/\/baolangson\.vn\//)
    expect(html).toMatch(/<img src="https?:\/\/[^"]+" alt="[^"]+"/)
  })

  it('Atom 1.0 has the same entries with ids, updated dates and links', async () => {
    const { feed, type, text } = await parse('/atom.xml')
    expect(type).toContain('application/atom+xml')
    expect(text).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
    const seed = feed.items.find((item) => item.title === SEED_TITLE)
    expect((seed as { id?: string } | undefined)?.id).toMatch(/\/tin-tuc\//)
    expect(seed?.link).toContain(`/tin-tuc/${SEED_ARTICLE_SLUG}`)
    expect(text).toMatch(/<updated>\d{4}-\d\d-\d\dT/)
    expect(feed.items.map((item) => item.title)).not.toContain(DRAFT_TITLE)
  })

  it('JSON Feed 1.1 has version, language, authors arrays, HTML content and the cover', async () => {
    const { status, body, headers } = await request('/feed.json')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toContain('application/feed+json')
    expect(body.version).toBe('https://jsonfeed.org/version/1.1')
    expect(body.language).toBe('vi')
    expect(body.feed_url).toMatch(/\/feed\.json$/)
    const seed = body.items.find((item: { title: string }) => item.title === SEED_TITLE)
    expect(seed.content_html).toContain('14,5')
    expect(seed.url).toContain(`/tin-tuc/${SEED_ARTICLE_SLUG}`)
    expect(seed.image).toMatch(/^https?:\/\//)
    expect(seed).not.toHaveProperty('author')
    for (const item of body.items) if (item.authors) expect(Array.isArray(item.authors)).toBe(true)
    expect(body.items.map((item: { title: string }) => item.title)).not.toContain(DRAFT_TITLE)
  })

  it('are advertised in every page head, with a category’s and a commune’s own feeds on theirs', async () => {
    const home = (await request('/')).text
    for (const [type, path] of [
      ['application/rss+xml', '/rss.xml'],
      ['application/atom+xml', '/atom.xml'],
      ['application/feed+json', '/feed.json'],
    ]) {
      // Next writes them absolute, from metadataBase.
      expect(home).toMatch(
        new RegExp(
          `<link rel="alternate" type="${type.replace('+', '\\+')}" href="(https?://[^/"]+)?${path}"`,
        ),
      )
    }
    expect((await request('/xa/cao-lau')).text).toMatch(/href="[^"]*\/xa\/cao-lau\/rss\.xml"/)
    expect((await request('/chuyen-muc/tin-tuc-su-kien')).text).toMatch(
      /href="[^"]*\/chuyen-muc\/tin-tuc-su-kien\/atom\.xml"/,
    )
  })
})

describe('category and commune feeds', () => {
  it('carry only their own articles and answer 404 for an unknown slug', async () => {
    const { feed } = await parse('/chuyen-muc/tin-tuc-su-kien/rss.xml')
    const inCategory = await request(
      '/api/articles?where[category.slug][equals]=tin-tuc-su-kien&limit=100&depth=0',
    )
    expect(feed.items.map((item) => item.title).sort()).toEqual(
      inCategory.body.docs.map((doc: { title: string }) => doc.title).sort(),
    )
    const json = (await request('/xa/cao-lau/feed.json')).body
    const about = await request('/api/articles?where[communes.slug][equals]=cao-lau&limit=100&depth=0')
    expect(json.items.map((item: { title: string }) => item.title).sort()).toEqual(
      about.body.docs.map((doc: { title: string }) => doc.title).sort(),
    )
    expect((await request('/xa/khong-co-xa-nay/rss.xml')).status).toBe(404)
    expect((await request('/chuyen-muc/khong-co/atom.xml')).status).toBe(404)
  })

  it('follow publishing and unpublishing at once', async () => {
    const caoLau = (await request('/api/communes?where[slug][equals]=cao-lau&depth=0')).body.docs[0].id
    const title = `Tin nguồn cấp ${Date.now()}`
    const created = await request('/api/articles', {
      method: 'POST',
      token: tokens.editor,
      json: { title, communes: [caoLau], _status: 'published' },
    })
    expect(created.status, created.text).toBe(201)
    expect((await parse('/rss.xml')).feed.items.map((item) => item.title)).toContain(title)
    expect((await parse('/xa/cao-lau/atom.xml')).feed.items.map((item) => item.title)).toContain(title)
    await request(`/api/articles/${created.body.doc.id}`, {
      method: 'PATCH',
      token: tokens.editor,
      json: { _status: 'draft' },
    })
    expect((await parse('/rss.xml')).feed.items.map((item) => item.title)).not.toContain(title)
    expect((await parse('/xa/cao-lau/atom.xml')).feed.items.map((item) => item.title)).not.toContain(title)
  })
})

describe('events as iCalendar', () => {
  const vevents = (text: string) =>
    Object.values(ical.sync.parseICS(text)).filter((item): item is VEvent => item?.type === 'VEVENT')

  it('/su-kien.ics has every event at its instant, in Asia/Ho_Chi_Minh, with place and link', async () => {
    const { status, text, headers } = await request('/su-kien.ics')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toContain('text/calendar')
    expect(text).toContain('TZID:Asia/Ho_Chi_Minh')
    expect(text).toMatch(/DTSTART;TZID=Asia\/Ho_Chi_Minh:\d{8}T\d{6}/)
    const parsed = vevents(text)
    const { body } = await request('/api/events?limit=100&depth=0')
    expect(parsed).toHaveLength(body.totalDocs)
    const docs = body.docs as {
      title: string
      slug: string
      startsAt: string
      endsAt?: string
      location?: string
    }[]
    for (const event of docs) {
      const entry = parsed.find((item) => item.summary === event.title)
      expect(entry, event.title).toBeTruthy()
      // Longer than a day (the seed's six-month campaign): all-day over its dates.
      const long = event.endsAt && Date.parse(event.endsAt) - Date.parse(event.startsAt) > 86_400_000
      if (long) expect(entry!.datetype, event.title).toBe('date')
      else expect(new Date(entry!.start).getTime()).toBe(Date.parse(event.startsAt))
      if (event.location) expect(entry!.location).toBe(event.location)
      // node-ical gives the URL property as { params, val }.
      expect(JSON.stringify(entry!.url)).toContain(`/su-kien/${event.slug}`)
    }
  })

  it('reads the same in a second, independent parser (ical.js), with UTC stamps', async () => {
    const { text } = await request('/su-kien.ics')
    const vcalendar = new ICAL.Component(ICAL.parse(text))
    const vevents = vcalendar.getAllSubcomponents('vevent')
    expect(vevents.length).toBeGreaterThan(0)
    for (const vevent of vevents) {
      for (const name of ['dtstamp', 'last-modified']) {
        expect((vevent.getFirstPropertyValue(name) as InstanceType<typeof ICAL.Time>).zone?.tzid).toBe('UTC')
      }
    }
    expect(new Set(vevents.map((vevent) => vevent.getFirstPropertyValue('uid'))).size).toBe(vevents.length)
  })

  it('each event has its own calendar file, linked from its page; unknown events answer 404', async () => {
    const { body } = await request('/api/events?limit=1&depth=0&sort=startsAt')
    const event = body.docs[0]
    const { status, text } = await request(`/su-kien/${event.slug}/lich.ics`)
    expect(status).toBe(200)
    const parsed = vevents(text)
    expect(parsed).toHaveLength(1)
    expect(parsed[0].summary).toBe(event.title)
    expect((await request(`/su-kien/${event.slug}`)).text).toContain(`href="/su-kien/${event.slug}/lich.ics"`)
    expect((await request('/su-kien/khong-co/lich.ics')).status).toBe(404)
  })
})
