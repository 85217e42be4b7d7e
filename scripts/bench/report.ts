/** The benchmark's results as data, as a Markdown table, and against the targets. */
import fs from 'node:fs'

import type { BeaconResult } from './beacon'
import type { FirstLoad } from './firstLoad'
import { replaceSection } from '../lib/readmeSection'

export type Row = {
  name: string
  path: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  non2xx: number
  errors: number
  isPage: boolean
  bytes?: number
}

export type Report = {
  at: string
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string }
  settings: { connections: number; secondsPerRow: number }
  coldStartMs: { serve?: number; nextStart?: number }
  rows: Row[]
  /** The best of `rawSamples` (highest req/s, lowest latencies). */
  raw: Row | null
  rawSamples: Row[]
  beacon: BeaconResult | null
  firstLoad: FirstLoad[] | null
}

export const TARGETS = {
  articleShareOfRaw: 0.8,
  articleP99OverRaw: 2,
  beaconHitsPerSecond: 2000,
  articleJsBytes: 100 * 1024,
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const ratio = (value: number, of: number | undefined) => (of ? `${((100 * value) / of).toFixed(0)}%` : '–')
const times = (value: number, of: number | undefined) => (of ? `${(value / of).toFixed(1)}×` : '–')

export const formatReport = (report: Report) => {
  const raw = report.raw ?? undefined
  const lines = [
    `Measured ${report.at.slice(0, 16).replace('T', ' ')} UTC on ${report.machine.cpus} cores ` +
      `(${report.machine.cpuModel.trim()}), ${report.machine.memoryGiB} GiB, Node ${report.machine.node}; ` +
      `autocannon, ${report.settings.connections} connections, ${report.settings.secondsPerRow} s per row, ` +
      'load generator on the same machine.',
    '',
    '| Row | req/s | p50 ms | p99 ms | req/s vs raw | p99 vs raw | non-2xx |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ]
  if (raw && report.rawSamples.length > 1) {
    lines[0] += ` Raw Node measured before and after the rows (${report.rawSamples.map((r) => r.requestsPerSecond).join(' and ')} req/s); the best is the reference.`
  }
  if (raw) lines.push(`| **${raw.name}** | ${raw.requestsPerSecond} | ${raw.p50Ms} | ${raw.p99Ms} | 100% | 1.0× | ${raw.non2xx} |`)
  for (const row of report.rows) {
    lines.push(
      `| ${row.name} | ${row.requestsPerSecond} | ${row.p50Ms} | ${row.p99Ms} | ` +
        `${ratio(row.requestsPerSecond, raw?.requestsPerSecond)} | ${times(row.p99Ms, raw?.p99Ms)} | ${row.non2xx + row.errors} |`,
    )
  }
  const beacon = report.beacon
  if (beacon) {
    lines.push(
      `| Beacon POST /api/stats/hit (${beacon.hits} hits) | ${beacon.requestsPerSecond} | ${beacon.p50Ms} | ${beacon.p99Ms} | ` +
        `${ratio(beacon.requestsPerSecond, raw?.requestsPerSecond)} | ${times(beacon.p99Ms, raw?.p99Ms)} | ${beacon.non2xx + beacon.errors} |`,
      '',
      `Beacon: ${beacon.accepted} accepted, ${beacon.stored.pageViews} page views and ${beacon.stored.visits} visits ` +
        `stored (expected ${beacon.expectedVisits} visits), **${beacon.lost} lost**.`,
    )
  }
  const { serve, nextStart } = report.coldStartMs
  if (serve !== undefined) {
    lines.push('', `Cold start to the first 200 for \`/\`: \`npm start\` (server/main.ts) ${serve} ms; bare \`next start\` ${nextStart} ms.`)
  }
  if (report.firstLoad) {
    lines.push(
      '',
      'First load in Chromium (empty cache, bytes on the wire incl. headers; JS = script files + inline scripts gzipped):',
      '',
      '| Page | JS | total | HTML | CSS | fonts | images | requests |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    )
    for (const load of report.firstLoad) {
      lines.push(
        `| \`${load.path}\` | ${kb(load.jsBytes)} | ${kb(load.totalBytes)} | ${kb(load.htmlBytes)} | ${kb(load.cssBytes)} | ` +
          `${kb(load.fontBytes)} | ${kb(load.imageBytes)} | ${load.requests} |`,
      )
    }
  }

  const article = report.rows.find((row) => row.name === 'Article page')
  const articleLoad = report.firstLoad?.find((load) => load.path.startsWith('/tin-tuc/'))
  const verdicts: { met: boolean; text: string }[] = []
  if (article && raw) {
    verdicts.push(
      {
        met: article.requestsPerSecond >= TARGETS.articleShareOfRaw * raw.requestsPerSecond,
        text: `article page ${ratio(article.requestsPerSecond, raw.requestsPerSecond)} of raw Node's req/s (target ≥ ${100 * TARGETS.articleShareOfRaw}%)`,
      },
      {
        met: article.p99Ms <= TARGETS.articleP99OverRaw * raw.p99Ms,
        text: `article page p99 ${times(article.p99Ms, raw.p99Ms)} raw Node's (target ≤ ${TARGETS.articleP99OverRaw}×)`,
      },
    )
  }
  if (beacon) {
    verdicts.push({
      met: beacon.requestsPerSecond >= TARGETS.beaconHitsPerSecond && beacon.lost === 0,
      text: `beacon ${beacon.requestsPerSecond} hits/s, ${beacon.lost} lost (target ≥ ${TARGETS.beaconHitsPerSecond}, 0 lost)`,
    })
  }
  if (articleLoad) {
    verdicts.push({
      met: articleLoad.jsBytes <= TARGETS.articleJsBytes,
      text: `article page JavaScript ${kb(articleLoad.jsBytes)} gzip (target ≤ ${kb(TARGETS.articleJsBytes)})`,
    })
  }
  const failures = report.rows.filter((row) => row.non2xx + row.errors > 0)
  for (const row of failures) verdicts.push({ met: false, text: `${row.name}: ${row.non2xx} non-2xx, ${row.errors} errors` })
  const ok = failures.length === 0 && (!beacon || (beacon.lost === 0 && beacon.non2xx + beacon.errors === 0))
  lines.push('', ...verdicts.map((v) => `- ${v.met ? '✓' : '✗'} ${v.text}`))
  return { table: lines.join('\n'), verdicts, ok }
}

/** Replaces the README's bench section with the latest results. */
export const updateReadme = (table: string) => {
  const readme = replaceSection(fs.readFileSync('README.md', 'utf8'), 'bench', table)
  if (readme !== null) fs.writeFileSync('README.md', readme)
}
