import { XMLParser, XMLValidator } from 'fast-xml-parser'
import ICAL from 'ical.js'
import { afterEach, describe, expect, it } from 'vitest'

import { buildFeed, renderFeed } from '../../lib/feeds/build'
import { eventsCalendar } from '../../lib/feeds/ical'
import type { Article, Event } from '../../payload-types'

/**
 * Feeds and calendars as independent readers see them: fast-xml-parser (not rss-parser's xml2js)
 * and Mozilla's ical.js (not node-ical), on text that would be markup if treated as HTML.
 */
const HOSTILE = 'Tin <img src=x onerror=alert(1)> & "ngoặc"'
const ORIGIN = new URL('https://ntm.example.vn/')
const pageUrl = (path: string) => new URL(path, ORIGIN).href

const article = {
  id: 1,
  slug: 'bai-a',
  title: HOSTILE,
  summary: 'Tóm tắt <b>không đậm</b>',
  body: null,
  updatedAt: '2026-02-01T03:04:05.000Z',
  publishedAt: '2026-02-01T03:04:05.000Z',
  category: { id: 1, name: 'Tin <i>tức</i> & sự kiện', slug: 'tin-tuc' },
  cover: { url: '/api/media/file/anh.jpg', mimeType: 'image/jpg', filesize: 1234, alt: 'Ảnh "A" & <b>' },
  tenant: 1,
} as unknown as Article

const feed = () =>
  buildFeed({
    pagePath: '/',
    articles: [article],
    settings: { portalName: 'Cổng <thử>', agency: 'UBND' },
    origin: ORIGIN,
    pageUrl,
  })

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })
/** What an HTML reader shows of an HTML text: the entities decoded once, no element. */
const shownText = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')

describe('RSS and Atom, read by fast-xml-parser', () => {
  it.each(['rss', 'atom'] as const)('%s is well-formed, and a title with markup stays text', (format) => {
    const text = renderFeed(feed(), format)
    expect(XMLValidator.validate(text)).toBe(true)
    const parsed = xml.parse(text)
    const entry = format === 'rss' ? parsed.rss.channel.item : parsed.feed.entry
    const title = typeof entry.title === 'string' ? entry.title : entry.title['#text']
    expect(title).not.toContain('<img')
    expect(shownText(title)).toBe(HOSTILE)
  })

  it('Atom has xml:lang, categories with a term, and enclosures of a registered type', () => {
    const parsed = xml.parse(renderFeed(feed(), 'atom'))
    expect(parsed.feed['@xml:lang']).toBe('vi')
    const entry = parsed.feed.entry
    expect(entry.category['@term']).toBe('tin-tuc')
    expect(entry.summary['@type']).toBe('html')
    expect(shownText(entry.summary['#text'])).toBe('Tóm tắt <b>không đậm</b>')
    const links = [entry.link].flat()
    const enclosure = links.find((link: Record<string, string>) => link['@rel'] === 'enclosure')
    expect(enclosure['@type']).toBe('image/jpeg')
    expect(enclosure['@href']).toBe('https://ntm.example.vn/api/media/file/anh.jpg')
  })

  it('RSS has the language, the category name as text and an enclosure of a registered type', () => {
    const parsed = xml.parse(renderFeed(feed(), 'rss'))
    expect(parsed.rss.channel.language).toBe('vi')
    expect(parsed.rss.channel.item.category).toBe('Tin <i>tức</i> & sự kiện')
    expect(parsed.rss.channel.item.enclosure['@type']).toBe('image/jpeg')
    expect(shownText(parsed.rss.channel.item.description)).toBe('Tóm tắt <b>không đậm</b>')
  })

  it('JSON Feed has the title as plain text, as its spec says', () => {
    const json = JSON.parse(renderFeed(feed(), 'json'))
    expect(json.items[0].title).toBe(HOSTILE)
  })
})

const event = (overrides: Partial<Event>): Event =>
  ({
    id: 7,
    slug: 'hoi-nghi',
    title: 'Hội nghị <b>sơ kết</b>',
    startsAt: '2026-03-02T01:30:00.000Z',
    endsAt: '2026-03-02T04:00:00.000Z',
    updatedAt: '2026-02-01T03:04:05.000Z',
    location: 'Hội trường xã',
    tenant: 1,
    ...overrides,
  }) as Event

const calendar = (events: Event[]) =>
  new ICAL.Component(
    ICAL.parse(eventsCalendar({ name: 'Lịch', events, origin: ORIGIN, pagePath: '/su-kien', pageUrl })),
  )

const savedTz = process.env.TZ
afterEach(() => {
  process.env.TZ = savedTz
})

describe('calendars, read by ical.js', () => {
  it.each(['UTC', 'Asia/Ho_Chi_Minh', 'America/New_York'])(
    'give every instant exactly, whatever the server’s zone (%s), with UTC stamps',
    (zone) => {
      process.env.TZ = zone
      const text = eventsCalendar({
        name: 'Lịch',
        events: [event({})],
        origin: ORIGIN,
        pagePath: '/su-kien',
        pageUrl,
      })
      const vcalendar = new ICAL.Component(ICAL.parse(text))
      const zoneComponent = vcalendar.getFirstSubcomponent('vtimezone')!
      ICAL.TimezoneService.register(new ICAL.Timezone(zoneComponent))
      const vevent = vcalendar.getFirstSubcomponent('vevent')!
      const parsed = new ICAL.Event(vevent)
      expect(parsed.summary).toBe('Hội nghị <b>sơ kết</b>')
      expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-03-02T01:30:00.000Z')
      expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-03-02T04:00:00.000Z')
      expect(parsed.startDate.zone?.tzid).toBe('Asia/Ho_Chi_Minh')
      for (const name of ['dtstamp', 'last-modified']) {
        const stamp = vevent.getFirstPropertyValue(name) as InstanceType<typeof ICAL.Time>
        expect(stamp.zone?.tzid, name).toBe('UTC')
      }
      expect(text).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m)
      expect(text).toMatch(/^LAST-MODIFIED:20260201T030405Z\r$/m)
    },
  )

  it('draws an event longer than a day as all-day across its Vietnamese dates, times in the description', () => {
    process.env.TZ = 'America/New_York'
    const campaign = event({
      title: 'Tháng cao điểm vệ sinh môi trường',
      startsAt: '2026-03-01T01:00:00.000Z',
      endsAt: '2026-08-31T16:30:00.000Z', // 23:30 on 31/8 in Việt Nam
    })
    const parsed = new ICAL.Event(calendar([campaign]).getFirstSubcomponent('vevent')!)
    expect(parsed.startDate.isDate).toBe(true)
    expect(parsed.startDate.toString()).toBe('2026-03-01')
    // DTEND of an all-day event is the day after its last day.
    expect(parsed.endDate.toString()).toBe('2026-09-01')
    expect(parsed.description).toContain('08:00 1/3/2026')
    expect(parsed.description).toContain('23:30 31/8/2026')
  })
})
