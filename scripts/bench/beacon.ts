/**
 * The beacon row: a fixed number of hits (not a duration, so every answer is read before
 * counting) from simulated visitors, then the check that the database holds exactly what the
 * server accepted.
 */
import type { Client } from '@libsql/client'
import autocannon from 'autocannon'

const HITS = Number(process.env.BENCH_HITS || 40_000)
/** Each visitor comes back a few times (visits continue), far below the per-minute cap of 30. */
const VISITORS = 8_000
const PATHS = ['/', '/tin-tuc', '/xa', '/xa/cao-lau', '/tieu-chi', '/su-kien']

export type BeaconResult = {
  hits: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  accepted: number
  non2xx: number
  errors: number
  stored: { visits: number; pageViews: number }
  expectedVisits: number
  notCounted: number
  lost: number
}

const counters = async (db: Client) => {
  const { rows } = await db.execute("SELECT visits, page_views FROM stats_counters WHERE period = 'all'")
  return { visits: Number(rows[0]?.visits ?? 0), pageViews: Number(rows[0]?.page_views ?? 0) }
}

export const measureBeacon = async ({
  url,
  db,
  connections,
}: {
  url: string
  db: Client
  connections: number
}): Promise<BeaconResult> => {
  const before = await counters(db)
  let sent = 0
  const outcomes = { visit: 0, view: 0, other: 0 }
  const result = await autocannon({
    url: `${url}/api/stats/hit`,
    connections,
    amount: HITS,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const visitor = sent % VISITORS
          sent += 1
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              'user-agent': `Mozilla/5.0 (X11; Linux x86_64; Bench ${visitor}) AppleWebKit/537.36 Chrome/126.0 Safari/537.36`,
              'x-forwarded-for': `10.${visitor >> 16}.${(visitor >> 8) & 255}.${visitor & 255}`,
            },
            body: JSON.stringify({ path: PATHS[visitor % PATHS.length] }),
          }
        },
        // The server says what each hit became: the counts to find in the database afterwards.
        onResponse: (status, body) => {
          const outcome = status === 200 ? (JSON.parse(body) as { outcome: string }).outcome : ''
          if (outcome === 'visit' || outcome === 'view') outcomes[outcome] += 1
          else outcomes.other += 1
        },
      },
    ],
  })
  const after = await counters(db)
  const accepted = outcomes.visit + outcomes.view
  const stored = { visits: after.visits - before.visits, pageViews: after.pageViews - before.pageViews }
  return {
    hits: HITS,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    accepted,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    stored,
    expectedVisits: outcomes.visit,
    notCounted: outcomes.other,
    lost: accepted - stored.pageViews,
  }
}
