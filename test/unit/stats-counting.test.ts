import { describe, expect, it } from 'vitest'

import { clientAddress, trustedProxies } from '../../lib/net/clientAddress'
import { decide, decideBatch, type Hit, tally } from '../../lib/stats/counting'
import { countablePath } from '../../lib/routes'

const T0 = Date.parse('2024-07-02T03:00:00.000Z')
const minutes = (n: number) => n * 60_000

describe('decide', () => {
  it('starts a visit for a new visitor and continues it within 30 minutes', () => {
    const first = decide(undefined, T0, 30)
    expect(first.outcome).toBe('visit')
    expect(decide(first.state, T0 + minutes(29), 30).outcome).toBe('view')
    expect(decide(first.state, T0 + minutes(31), 30).outcome).toBe('visit')
  })

  it('drops page views past the per-minute cap and counts again in the next minute', () => {
    let state = decide(undefined, T0, 3).state
    state = decide(state, T0 + 1000, 3).state
    state = decide(state, T0 + 2000, 3).state
    const over = decide(state, T0 + 3000, 3)
    expect(over.outcome).toBe('rate-limited')
    expect(over.state).toEqual(state)
    expect(decide(state, T0 + minutes(1), 3).outcome).toBe('view')
  })

  it('never moves the last page view backwards for a late hit', () => {
    const { state } = decide(undefined, T0 + minutes(10), 30)
    const late = decide(state, T0, 30)
    expect(late.outcome).toBe('view')
    expect(late.state.lastSeen).toBe(T0 + minutes(10))
  })
})

describe('tally', () => {
  it('adds each hit to its site’s Việt Nam day, month and all time, and pages per site and day', () => {
    const beforeMidnight = Date.parse('2024-07-31T16:59:00.000Z') // 23:59, 31/7 in Việt Nam
    const afterMidnight = Date.parse('2024-07-31T17:01:00.000Z') // 00:01, 1/8
    const hits: Hit[] = [
      { at: beforeMidnight, site: 'default', kind: 'view', visitor: 'a', address: 'x', path: '/' },
      { at: afterMidnight, site: 'default', kind: 'view', visitor: 'a', address: 'x', path: '/' },
      { at: afterMidnight, site: 'default', kind: 'bot' },
      { at: afterMidnight, site: 'default', kind: 'view', visitor: 'b', address: 'x', path: '/xa' },
      { at: afterMidnight, site: 'xa-ba-son', kind: 'view', visitor: 'c', address: 'x', path: '/xa' },
    ]
    const { outcomes } = decideBatch(hits, new Map(), { viewsPerMinute: 1, visitorsPerAddress: 100 })
    expect(outcomes).toEqual(['visit', 'view', 'filtered', 'visit', 'visit'])
    const { counters, pages } = tally(hits, outcomes)
    expect(counters.get(`default\n${'2024-07-31'}`)?.delta).toMatchObject({
      visits: 1,
      pageViews: 1,
      bots: 0,
    })
    expect(counters.get(`default\n${'2024-08-01'}`)?.delta).toMatchObject({
      visits: 1,
      pageViews: 2,
      bots: 1,
    })
    expect(counters.get(`default\n${'2024-07'}`)?.delta).toMatchObject({ visits: 1, pageViews: 1 })
    expect(counters.get(`default\n${'2024-08'}`)?.delta).toMatchObject({ visits: 1, pageViews: 2 })
    expect(counters.get(`default\n${'all'}`)?.delta).toMatchObject({ visits: 2, pageViews: 3, bots: 1 })
    expect(counters.get('xa-ba-son\nall')?.delta).toMatchObject({ visits: 1, pageViews: 1 })
    expect([...pages.values()]).toEqual([
      { site: 'default', day: '2024-07-31', path: '/', views: 1 },
      { site: 'default', day: '2024-08-01', path: '/', views: 1 },
      { site: 'default', day: '2024-08-01', path: '/xa', views: 1 },
      { site: 'xa-ba-son', day: '2024-08-01', path: '/xa', views: 1 },
    ])
  })
})

describe('countable paths', () => {
  it.each([
    ['/', '/'],
    ['/tin-tuc/', '/tin-tuc'],
    ['/tin-tuc/abc?utm=1', '/tin-tuc/abc'],
    ['/tin-tuc/trang/2', '/tin-tuc/trang/2'],
    ['/chuyen-muc/tin-xa/trang/3', '/chuyen-muc/tin-xa/trang/3'],
    ['/xa/loc/dat-chuan', '/xa/loc/dat-chuan'],
    ['/tim-kiem?q=cao', '/tim-kiem'],
  ])('counts %s as %s', (raw, expected) => expect(countablePath(raw)).toBe(expected))

  it.each([['/admin'], ['/api/articles'], ['/tin-tuc/a/b'], ['/wp-login.php'], ['/khong-tim-thay']])(
    'ignores %s',
    (raw) => expect(countablePath(raw)).toBeNull(),
  )
})

describe('client address', () => {
  const trusted = trustedProxies({ TRUSTED_PROXIES: '127.0.0.1, ::1' })

  it('is the socket address when no proxy is trusted', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', trustedProxies({}))).toBe('203.0.113.9')
    expect(clientAddress('::ffff:203.0.113.9', undefined, trustedProxies({}))).toBe('203.0.113.9')
  })

  it('reads X-Forwarded-For from a trusted proxy, nearest hop first', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.1', trusted)).toBe('198.51.100.1')
    // What the client wrote on the left is not believed; the proxy's own entry is.
    expect(clientAddress('::1', '6.6.6.6, 198.51.100.1', trusted)).toBe('198.51.100.1')
    expect(clientAddress('127.0.0.1', '198.51.100.1, 127.0.0.1', trusted)).toBe('198.51.100.1')
  })

  it('ignores X-Forwarded-For from anyone else', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', trusted)).toBe('203.0.113.9')
  })
})

describe('the per-address cap on new visitors', () => {
  it('stops an address from adding more visitors than the cap, counting the rest as rate-limited', () => {
    const at = Date.parse('2026-12-01T03:00:00.000Z')
    const hits: Hit[] = Array.from({ length: 5 }, (_, n) => ({
      at,
      site: 'default',
      kind: 'view' as const,
      visitor: `ua-${n}`,
      address: 'one-address',
      path: '/',
    }))
    const caps = { viewsPerMinute: 30, visitorsPerAddress: 3 }
    expect(decideBatch(hits, new Map(), caps).outcomes).toEqual([
      'visit',
      'visit',
      'visit',
      'rate-limited',
      'rate-limited',
    ])
    // Visitors already stored for the address count too; a known visitor is never refused by it.
    const stored = new Map([['ua-0', { lastSeen: at - 60_000, minute: 0, minuteViews: 0 }]])
    expect(decideBatch(hits, stored, caps, new Map([['one-address', 3]])).outcomes).toEqual([
      'view',
      'rate-limited',
      'rate-limited',
      'rate-limited',
      'rate-limited',
    ])
  })
})
