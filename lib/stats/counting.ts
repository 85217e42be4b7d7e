import { vnDayKey, vnMonthKey } from './time'
import { type Millis, startsVisit } from './windows'

/** What one beacon became once it reached the store. */
/** Every hit belongs to a site (lib/sites.ts): counters, pages and visitors are per site. */
export type Hit =
  | { at: Millis; site: string; kind: 'view'; visitor: string; address: string; path: string }
  /** Counted, but only as a number: no visitor, no path. */
  | { at: Millis; site: string; kind: 'bot' | 'declined' | 'ignored' }

export type Outcome = 'visit' | 'view' | 'rate-limited' | 'filtered'

/** A visitor's row: the last page view and the page views in the current minute. */
export type VisitorState = { lastSeen: Millis; minute: number; minuteViews: number }

/**
 * What one visitor, and one client address, may add: page views per visitor per clock minute,
 * and new visitors per address within the last hour (changing the browser's name makes a new
 * visitor; a commune office or a mobile carrier puts many real people behind one address, so the
 * default is generous). The excess is counted as filtered.
 */
export type Caps = { viewsPerMinute: number; visitorsPerAddress: number }

export const ALL_TIME = 'all'

/**
 * One page view by a known visitor: a new visit after 30 minutes without one, dropped (and
 * counted as filtered) past `maxViewsPerMinute` in one clock minute. Hits from another process
 * may arrive slightly out of order; they never move `lastSeen` or the minute backwards.
 */
export const decide = (
  state: VisitorState | undefined,
  at: Millis,
  maxViewsPerMinute: number,
): { outcome: Outcome; state: VisitorState } => {
  const minute = Math.max(Math.floor(at / 60_000), state?.minute ?? 0)
  const sameMinute = state !== undefined && state.minute === minute
  if (sameMinute && state.minuteViews >= maxViewsPerMinute) return { outcome: 'rate-limited', state }
  return {
    outcome: startsVisit(state?.lastSeen, at) ? 'visit' : 'view',
    state: {
      lastSeen: Math.max(state?.lastSeen ?? at, at),
      minute,
      minuteViews: sameMinute ? state.minuteViews + 1 : 1,
    },
  }
}

export type CounterDelta = {
  visits: number
  pageViews: number
  bots: number
  rateLimited: number
  declined: number
  ignored: number
}

const emptyDelta = (): CounterDelta => ({
  visits: 0,
  pageViews: 0,
  bots: 0,
  rateLimited: 0,
  declined: 0,
  ignored: 0,
})

export type Tally = {
  /** Per site and period (the Việt Nam day, its month and all time). */
  counters: Map<string, { site: string; period: string; delta: CounterDelta }>
  /** Page views per site, Việt Nam day and path. */
  pages: Map<string, { site: string; day: string; path: string; views: number }>
}

/** What a batch of decided hits adds to the counters, grouped so each row is written once. */
export const tally = (hits: Hit[], outcomes: Outcome[]): Tally => {
  const counters: Tally['counters'] = new Map()
  const pages: Tally['pages'] = new Map()
  hits.forEach((hit, index) => {
    const outcome = outcomes[index]
    const date = new Date(hit.at)
    const day = vnDayKey(date)
    for (const period of [day, vnMonthKey(date), ALL_TIME]) {
      const key = `${hit.site}\n${period}`
      const row = counters.get(key) ?? { site: hit.site, period, delta: emptyDelta() }
      counters.set(key, row)
      const { delta } = row
      if (hit.kind !== 'view') delta[hit.kind === 'bot' ? 'bots' : hit.kind] += 1
      else if (outcome === 'rate-limited') delta.rateLimited += 1
      else {
        delta.pageViews += 1
        if (outcome === 'visit') delta.visits += 1
      }
    }
    if (hit.kind === 'view' && (outcome === 'visit' || outcome === 'view')) {
      const key = `${hit.site}\n${day}\n${hit.path}`
      const page = pages.get(key) ?? { site: hit.site, day, path: hit.path, views: 0 }
      page.views += 1
      pages.set(key, page)
    }
  })
  return { counters, pages }
}

/**
 * Decides a batch against the visitors' stored states, in arrival order. Returns each hit's
 * outcome and the visitors' new states (only those that changed).
 */
export const decideBatch = (
  hits: Hit[],
  stored: Map<string, VisitorState>,
  caps: Caps,
  /** Visitors seen in the last hour per address hash, as stored. */
  visitorsByAddress: Map<string, number> = new Map(),
): { outcomes: Outcome[]; changed: Map<string, VisitorState & { site: string; address: string }> } => {
  const states = new Map(stored)
  const perAddress = new Map(visitorsByAddress)
  const changed = new Map<string, VisitorState & { site: string; address: string }>()
  const outcomes = hits.map((hit): Outcome => {
    if (hit.kind !== 'view') return 'filtered'
    const known = states.get(hit.visitor)
    if (!known) {
      const seen = perAddress.get(hit.address) ?? 0
      if (seen >= caps.visitorsPerAddress) return 'rate-limited'
      perAddress.set(hit.address, seen + 1)
    }
    const { outcome, state } = decide(known, hit.at, caps.viewsPerMinute)
    if (outcome !== 'rate-limited') {
      states.set(hit.visitor, state)
      changed.set(hit.visitor, { ...state, site: hit.site, address: hit.address })
    }
    return outcome
  })
  return { outcomes, changed }
}
