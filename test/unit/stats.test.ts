import { describe, expect, it } from 'vitest'

import { isAutomated, parseBeacon } from '../../lib/stats/beacon'
import { vnDayKey, vnMonthKey } from '../../lib/stats/time'
import { visitorHash } from '../../lib/stats/visitor'
import { isOnline, startsVisit } from '../../lib/stats/windows'

const at = (iso: string) => new Date(iso)
const minutesBefore = (now: number, minutes: number) => now - minutes * 60_000

describe('windows', () => {
  const now = Date.parse('2024-07-02T03:00:00.000Z')

  it('counts a visitor seen 4 minutes ago as online, not one seen 6 minutes ago', () => {
    expect(isOnline(minutesBefore(now, 4), now)).toBe(true)
    expect(isOnline(minutesBefore(now, 6), now)).toBe(false)
  })

  it('continues a visit at 29 minutes and starts a new one at 31', () => {
    expect(startsVisit(minutesBefore(now, 29), now)).toBe(false)
    expect(startsVisit(minutesBefore(now, 31), now)).toBe(true)
    expect(startsVisit(undefined, now)).toBe(true)
  })
})

describe('days and months in Asia/Ho_Chi_Minh', () => {
  it('rolls the day over at local midnight (17:00 UTC)', () => {
    expect(vnDayKey(at('2024-07-01T16:59:59.999Z'))).toBe('2024-07-01')
    expect(vnDayKey(at('2024-07-01T17:00:00.000Z'))).toBe('2024-07-02')
  })

  it('rolls the month and the year over at local midnight', () => {
    expect(vnMonthKey(at('2024-07-31T16:59:59.999Z'))).toBe('2024-07')
    expect(vnMonthKey(at('2024-07-31T17:00:00.000Z'))).toBe('2024-08')
    expect(vnDayKey(at('2024-12-31T17:00:00.000Z'))).toBe('2025-01-01')
  })
})

describe('visitor hash', () => {
  it('is stable for one salt and changes with the salt, the site, the address or the browser', () => {
    const a = visitorHash('salt-1', 'default', '203.0.113.7', 'Mozilla/5.0')
    expect(a).toMatch(/^[0-9a-f]{32}$/)
    expect(visitorHash('salt-1', 'default', '203.0.113.7', 'Mozilla/5.0')).toBe(a)
    expect(visitorHash('salt-2', 'default', '203.0.113.7', 'Mozilla/5.0')).not.toBe(a)
    expect(visitorHash('salt-1', 'default', '203.0.113.8', 'Mozilla/5.0')).not.toBe(a)
    expect(visitorHash('salt-1', 'default', '203.0.113.7', 'Other')).not.toBe(a)
    expect(visitorHash('salt-1', 'xa-ba-son', '203.0.113.7', 'Mozilla/5.0')).not.toBe(a)
    expect(a).not.toContain('203')
  })
})

describe('beacon', () => {
  it('accepts a path on this site', () => {
    expect(parseBeacon({ path: '/tin-tuc/abc#x' })).toEqual({
      ok: true,
      beacon: { path: '/tin-tuc/abc', webdriver: false, headless: false },
    })
  })

  it.each([
    [null],
    ['text'],
    [[]],
    [{}],
    [{ path: 'https://example.com/' }],
    [{ path: '//example.com' }],
    [{ path: `/${'a'.repeat(600)}` }],
    [{ path: '/', webdriver: 'yes' }],
  ])('refuses %j with a message', (body) => {
    const result = parseBeacon(body)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatch(/\w/)
  })

  it('recognises crawlers and automated browsers', () => {
    const human =
      'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36'
    const off = { webdriver: false, headless: false }
    expect(isAutomated(human, off)).toBe(false)
    expect(isAutomated('Googlebot/2.1 (+http://www.google.com/bot.html)', off)).toBe(true)
    expect(isAutomated(human, { webdriver: true, headless: false })).toBe(true)
    expect(isAutomated('', off)).toBe(true)
  })
})
