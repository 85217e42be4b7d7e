/**
 * `npm run bench:stats`: beacon throughput and latency of POST /api/stats/hit on the embedded
 * SQLite database, through the production server (scripts/serve.mjs), then a check that the
 * stored counts equal the hits the server accepted. Not part of `npm test`: it measures this
 * machine, it does not judge it.
 *
 * Steps: fresh temporary database with the demo content; `next build` into .next-bench unless
 * these sources were built there already; server on a free port trusting X-Forwarded-For from
 * localhost (so one load generator can play thousands of visitors); autocannon sends BENCH_HITS
 * (40 000) beacons over 32 connections; results to bench/stats-results.json.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import autocannon from 'autocannon'

import { buildIfChanged } from '../lib/build.mjs'
import { run, startServer } from '../lib/server'

/** A fixed number of hits, not a duration, so every response is read before counting. */
const HITS = Number(process.env.BENCH_HITS || 40_000)
const CONNECTIONS = 32
/** Each visitor comes back a few times (visits continue), far below the per-minute cap of 30. */
const VISITORS = 8_000
const TARGET_HITS_PER_SECOND = 2000
const PATHS = ['/', '/tin-tuc', '/xa', '/xa/cao-lau', '/tieu-chi', '/su-kien']

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bench-'))
const logFile = path.join(dir, 'server.log')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: '.next-bench',
  DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: `bench-${Date.now()}`,
  PAYLOAD_JOBS_AUTORUN: 'false',
  TRUSTED_PROXIES: '127.0.0.1,::1',
}

console.log('▶ Fresh database with the demo content')
await run('npm', ['run', '--silent', 'seed'], env, logFile)
buildIfChanged({ distDir: '.next-bench', env, announce: () => console.log('▶ next build (.next-bench)') })
const server = await startServer(env, logFile)
const db = createClient({ url: env.DATABASE_URI as string })

const counters = async () => {
  const { rows } = await db.execute("SELECT visits, page_views FROM stats_counters WHERE period = 'all'")
  return { visits: Number(rows[0]?.visits ?? 0), pageViews: Number(rows[0]?.page_views ?? 0) }
}

try {
  const before = await counters()
  let sent = 0
  const outcomes = { visit: 0, view: 0, other: 0 }
  console.log(`▶ POST /api/stats/hit: ${HITS} hits over ${CONNECTIONS} connections`)
  const result = await autocannon({
    url: `${server.url}/api/stats/hit`,
    connections: CONNECTIONS,
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
  const after = await counters()
  const accepted = outcomes.visit + outcomes.view
  const stored = { visits: after.visits - before.visits, pageViews: after.pageViews - before.pageViews }
  const lost = accepted - stored.pageViews
  const report = {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    hits: HITS,
    connections: CONNECTIONS,
    hitsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    accepted,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    stored,
    expectedVisits: outcomes.visit,
    notCounted: outcomes.other,
    lost,
    target: TARGET_HITS_PER_SECOND,
  }
  fs.mkdirSync('bench', { recursive: true })
  fs.writeFileSync('bench/stats-results.json', `${JSON.stringify(report, null, 2)}\n`)
  console.table({
    'hits/s': report.hitsPerSecond,
    'p50 ms': report.latencyMs.p50,
    'p99 ms': report.latencyMs.p99,
    accepted,
    'stored page views': stored.pageViews,
    'stored visits': stored.visits,
    lost,
    'non-2xx': result.non2xx,
  })
  const exact =
    lost === 0 && result.non2xx === 0 && outcomes.other === 0 && stored.visits === report.expectedVisits
  console.log(
    `${exact ? '✓' : '✗'} stored counts ${exact ? 'equal' : 'DIFFER FROM'} the hits accepted; ` +
      `${report.hitsPerSecond} hits/s (target ${TARGET_HITS_PER_SECOND}) on ${report.machine.cpus} cores`,
  )
  process.exitCode = exact ? 0 : 1
} finally {
  db.close()
  await server.stop()
  fs.rmSync(dir, { recursive: true, force: true })
}
