/**
 * `npm run bench:scale`: the rows that grow with the content, measured on the demo data and on a
 * province's worth (20,000 articles of 600 words over 3 sites, 222 communes, 2,003 events:
 * scripts/bench/scaleData.ts), one column per size, against the targets of issue 16.
 *
 * The data set is made once through Payload's API by two processes in parallel and kept in
 * bench/tmp/ (gitignored) for the next run, keyed by its size and generator version. Each row
 * runs autocannon, 16 connections, BENCH_SECONDS (10), against SERVER_PROCESSES (2) server
 * processes on one port, as deployed (one per core: deploy/systemd/ntm-portal.env):
 * - search with a different query on every request (`/tim-kiem?q=…`, never answered from memory);
 * - an article's first render (a different, never-rendered article on every request, one
 *   connection: the time a render takes);
 * - GraphQL `Articles(limit: 20)`: the same query POSTed and as a GET (anonymous reads, answered
 *   from memory until the content changes), and a different query on every request (executed);
 * - the admin's article list through the API, as a logged-in editor;
 * - and, without load, each sitemap part's first generation.
 * Writes `scale` into bench/results.json and the table between the `bench-scale` markers in README.md.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { buildIfChanged } from '../lib/build.mjs'
import { replaceSection } from '../lib/readmeSection'
import { freePort, run, startServer, waitForHttp } from '../lib/server'
import { BENCH_EDITOR, SCALE, SCALE_DATA_VERSION, scaleArticles } from './scaleSettings'

const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const CONNECTIONS = 16
const WORKERS = 2
const SERVER_PROCESSES = 2
const ARTICLES = scaleArticles()

const TARGETS = {
  searchRequestsPerSecond: 250,
  searchP99Ms: 200,
  articleRenderP50Ms: 100,
  graphqlRequestsPerSecond: 200,
  adminListP50Ms: 100,
  sitemapPartMs: 200,
}

const baseEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: '.next-bench',
  PAYLOAD_SECRET: 'bench-scale',
  PAYLOAD_JOBS_AUTORUN: 'false',
  TRUSTED_PROXIES: '127.0.0.1,::1',
  API_RATE_LIMIT: '100000000',
  API_RATE_LIMIT_AUTHENTICATED: '100000000',
  // As deployed: one process per core (deploy/systemd/ntm-portal.env); autocannon shares the cores.
  SERVER_PROCESSES: String(SERVER_PROCESSES),
}

const tmp = path.resolve('bench/tmp')
fs.mkdirSync(tmp, { recursive: true })

/** A Node process on one of our scripts, to the end; rejects with its log's tail. */
const node = (script: string, args: string[], env: NodeJS.ProcessEnv, log: string) =>
  new Promise<void>((resolve, reject) => {
    const out = fs.openSync(log, 'a')
    const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', script, ...args], {
      env,
      stdio: ['ignore', out, out],
    })
    child.on('exit', (code) => {
      fs.closeSync(out)
      if (code === 0) resolve()
      else reject(new Error(`${script} ${args.join(' ')} exited ${code}\n${fs.readFileSync(log, 'utf8').slice(-3000)}`))
    })
  })

/** The province data set, made once and kept. */
const provinceData = async (): Promise<string> => {
  const name = `scale-v${SCALE_DATA_VERSION}-${ARTICLES}`
  const file = path.join(tmp, `${name}.db`)
  const done = path.join(tmp, `${name}.done`)
  if (fs.existsSync(done)) return file
  for (const old of fs.readdirSync(tmp).filter((f) => f.startsWith(name))) fs.rmSync(path.join(tmp, old))
  const env = { ...baseEnv, DATABASE_URI: `file:${file}`, MEDIA_DIR: path.join(tmp, `${name}-media`) }
  const log = path.join(tmp, `${name}.log`)
  const started = Date.now()
  console.log(`▶ Making the province data set (${ARTICLES} articles; kept in bench/tmp for the next run)`)
  await node('scripts/bench/scaleData.ts', ['setup'], env, log)
  const slice = Math.ceil(ARTICLES / WORKERS)
  await Promise.all(
    Array.from({ length: WORKERS }, (_, w) =>
      node('scripts/bench/scaleData.ts', ['articles', String(w * slice), String(Math.min(ARTICLES, (w + 1) * slice))], env, log),
    ),
  )
  fs.writeFileSync(done, JSON.stringify({ seconds: Math.round((Date.now() - started) / 1000) }))
  return file
}

/** The demo content on a fresh database. */
const demoData = async (): Promise<string> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bench-scale-'))
  const file = path.join(dir, 'demo.db')
  const env = { ...baseEnv, DATABASE_URI: `file:${file}`, MEDIA_DIR: path.join(dir, 'media') }
  await run('npm', ['run', '--silent', 'seed'], env, path.join(dir, 'log'))
  await node('scripts/bench/scaleData.ts', ['editor'], env, path.join(dir, 'log'))
  return file
}

type Measure = {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  non2xx: number
  errors: number
  /** Why the figure does not mean what the row says (the demo has a handful of articles). */
  note?: string
  /** Answers that were not a 2xx, by status, and timeouts. */
  failures?: string
}
export type ScaleRow = { name: string; target: string; bySize: Record<string, Measure & { met: boolean }> }

const cannon = async (
  url: string,
  options: {
    paths?: () => string
    /** A body of its own for each request (instead of `body`). */
    bodies?: () => string
    method?: string
    body?: string
    headers?: Record<string, string>
    connections?: number
  },
): Promise<Measure> => {
  const result = await autocannon({
    url,
    connections: options.connections ?? CONNECTIONS,
    duration: SECONDS,
    method: (options.method ?? 'GET') as 'GET',
    body: options.body,
    headers: options.headers,
    requests:
      options.paths || options.bodies
        ? [
            {
              setupRequest: (request) => ({
                ...request,
                ...(options.paths ? { path: options.paths() } : {}),
                ...(options.bodies ? { body: options.bodies() } : {}),
              }),
            },
          ]
        : undefined,
  })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    failures: [
      ...Object.entries(result.statusCodeStats ?? {})
        .filter(([code]) => !code.startsWith('2'))
        .map(([code, stat]) => `${stat.count}× ${code}`),
      ...(result.timeouts ? [`${result.timeouts} timeouts`] : []),
    ].join(', '),
  }
}

const measure = async (label: string, file: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ntm-bench-${label}-`))
  const env = { ...baseEnv, DATABASE_URI: `file:${file}`, MEDIA_DIR: path.join(dir, 'media') }
  const server = await startServer(env, path.join(dir, 'server.log'))
  try {
    const json = async (pathname: string, init?: RequestInit) => (await fetch(`${server.url}${pathname}`, init)).json()
    // Queries: pairs of words from the articles' own titles, so each one finds something.
    const titles = (await json('/api/articles?limit=200&depth=0&select[title]=true&select[slug]=true')).docs as { title: string; slug: string }[]
    const words = titles.flatMap((t) => t.title.split(/\s+/).filter((w) => w.length > 2))
    let q = 0
    // A request number besides the words: the demo's few titles make few word pairs, and a
    // search asked twice may be answered from memory; this row measures the search itself.
    const queries = () =>
      `/tim-kiem?q=${encodeURIComponent(`${words[q % words.length]} ${words[(q * 7 + 3) % words.length]}`)}&lan=${q++}`
    // Slugs never rendered yet, one per request: the page's first render each time. Articles of
    // the site served here (the others' pages are a redirect to their own site).
    const home = (await json('/api/tenants?limit=1&depth=0&sort=id&select[slug]=true')).docs[0].id
    const slugs: string[] = []
    for (let page = 1; slugs.length < 20_000; page++) {
      const batch = await json(
        `/api/articles?limit=500&page=${page}&depth=0&select[slug]=true&sort=id&where[tenant][equals]=${home}`,
      )
      slugs.push(...(batch.docs as { slug: string }[]).map((d) => d.slug))
      if (!batch.hasNextPage) break
    }
    let s = 0
    const articles = () => `/tin-tuc/${slugs[s++ % slugs.length]}`
    const articleNote = () => (s > slugs.length ? `only ${slugs.length} articles: all but the first ${slugs.length} requests were answered from memory` : '')
    const login = (await json('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(BENCH_EDITOR),
    })) as { token?: string }
    const rows: Record<string, Measure> = {}
    console.log(`▶ ${label}: search, a different query each request`)
    rows.search = await cannon(server.url, { paths: queries })
    console.log(`▶ ${label}: an article's first render`)
    // One request at a time: the time one render takes, not a queue of them.
    rows.article = { ...(await cannon(server.url, { paths: articles, connections: 1 })), note: articleNote() }
    const graphqlQuery = '{ Articles(limit: 20, sort: "-publishedAt") { docs { title slug publishedAt } } }'
    // A reader's or a partner's page sending the same query: an anonymous read, answered from
    // memory like a REST read until the content changes, POSTed (server/graphqlPost.ts) or as a GET.
    console.log(`▶ ${label}: GraphQL Articles(limit: 20), POSTed, the same query`)
    rows.graphql = await cannon(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: graphqlQuery }),
    })
    console.log(`▶ ${label}: GraphQL Articles(limit: 20), GET`)
    rows.graphqlGet = await cannon(`${server.url}/api/graphql?${new URLSearchParams({ query: graphqlQuery })}`, {})
    // A query never asked before on every request (an alias numbered per request): what executing
    // one costs — Payload's GraphQL, graphql-js and Next's route.
    let g = 0
    console.log(`▶ ${label}: GraphQL Articles(limit: 20), POSTed, a different query each request`)
    rows.graphqlExecuted = await cannon(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      bodies: () => JSON.stringify({ query: graphqlQuery.replace('{ Articles', `{ r${g++}: __typename Articles`) }),
    })
    if (login.token) {
      console.log(`▶ ${label}: the admin's article list (API, as an editor)`)
      // What the admin's list asks for: its columns only (enableListViewSelectAPI).
      const columns = ['title', 'workflow', 'category', 'publishedAt', 'updatedAt'].map((c) => `select[${c}]=true`).join('&')
      rows.adminList = await cannon(`${server.url}/api/articles?limit=10&depth=0&sort=-updatedAt&${columns}`, {
        headers: { authorization: `JWT ${login.token}` },
      })
    }
    // Each sitemap part, generated once (no load): the slowest.
    const index = await (await fetch(`${server.url}/sitemap.xml`)).text()
    const parts = [...index.matchAll(/<loc>[^<]*(\/sitemap\/[^<]+)<\/loc>/g)].map((m) => m[1])
    let slowest = 0
    for (const part of parts) {
      const started = performance.now()
      await (await fetch(`${server.url}${part}`)).arrayBuffer()
      slowest = Math.max(slowest, performance.now() - started)
    }
    rows.sitemap = { requestsPerSecond: 0, p50Ms: Math.round(slowest), p99Ms: Math.round(slowest), non2xx: 0, errors: 0 }
    // Kept for a look after the run (the server's log, with any error behind a failed row).
    fs.copyFileSync(path.join(dir, 'server.log'), path.join(tmp, `server-${label}.log`))
    return rows
  } finally {
    await server.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

buildIfChanged({ distDir: '.next-bench', env: baseEnv, announce: () => console.log('▶ next build (.next-bench)') })
/**
 * What this machine can do at all, in the same run: plain Node sending a 25 KB page from memory
 * (scripts/bench/rawServer.mjs), under the same load. The targets are absolute; machines of one
 * class have differed here by 2× from one day to the next, and this row says which kind of day
 * a run had.
 */
const referenceRow = async (): Promise<Measure> => {
  const file = path.join(tmp, 'reference.html')
  fs.writeFileSync(file, `<!DOCTYPE html><html lang="vi"><body>${'<p>Nông thôn mới Cao Lộc.</p>'.repeat(850)}</body></html>`)
  const port = await freePort()
  const raw = spawn(process.execPath, ['scripts/bench/rawServer.mjs', file, 'text/html; charset=utf-8', String(port)], {
    stdio: 'ignore',
  })
  try {
    await waitForHttp(`http://127.0.0.1:${port}/`, raw)
    console.log('▶ reference: raw Node, a 25 KB page from memory')
    return await cannon(`http://127.0.0.1:${port}`, {})
  } finally {
    raw.kill('SIGKILL')
  }
}
const reference = await referenceRow()

// Keys that are not integers, so the columns keep this order (demo, then the province).
const sizes: Record<string, Record<string, Measure>> = {}
sizes.demo = await measure('demo', await demoData())
sizes[`province-${ARTICLES}`] = await measure('province', await provinceData())

const judge: Record<string, [string, (m: Measure) => boolean]> = {
  search: [`≥ ${TARGETS.searchRequestsPerSecond} req/s, p99 ≤ ${TARGETS.searchP99Ms} ms`, (m) => m.requestsPerSecond >= TARGETS.searchRequestsPerSecond && m.p99Ms <= TARGETS.searchP99Ms],
  article: [`p50 ≤ ${TARGETS.articleRenderP50Ms} ms`, (m) => m.p50Ms <= TARGETS.articleRenderP50Ms],
  graphql: [`≥ ${TARGETS.graphqlRequestsPerSecond} req/s`, (m) => m.requestsPerSecond >= TARGETS.graphqlRequestsPerSecond],
  graphqlGet: [`≥ ${TARGETS.graphqlRequestsPerSecond} req/s`, (m) => m.requestsPerSecond >= TARGETS.graphqlRequestsPerSecond],
  graphqlExecuted: [`≥ ${TARGETS.graphqlRequestsPerSecond} req/s`, (m) => m.requestsPerSecond >= TARGETS.graphqlRequestsPerSecond],
  adminList: [`p50 ≤ ${TARGETS.adminListP50Ms} ms`, (m) => m.p50Ms <= TARGETS.adminListP50Ms],
  sitemap: [`≤ ${TARGETS.sitemapPartMs} ms`, (m) => m.p50Ms <= TARGETS.sitemapPartMs],
}
const NAMES: Record<string, string> = {
  search: 'Search, a different query each request',
  article: 'Article page, first render',
  graphql: 'GraphQL `Articles(limit: 20)`, POSTed, the same query',
  graphqlGet: 'GraphQL `Articles(limit: 20)`, GET, the same query',
  graphqlExecuted: 'GraphQL `Articles(limit: 20)`, POSTed, a different query each request',
  adminList: 'Admin article list (API, editor)',
  sitemap: 'Slowest sitemap part, generated',
}
const rows: ScaleRow[] = Object.keys(NAMES).map((key) => ({
  name: NAMES[key],
  target: judge[key][0],
  bySize: Object.fromEntries(
    Object.entries(sizes)
      .filter(([, measured]) => measured[key])
      .map(([size, measured]) => [size, { ...measured[key], met: judge[key][1](measured[key]) }]),
  ),
}))

const cell = (key: string, m: (Measure & { met: boolean }) | undefined) =>
  !m
    ? '–'
    : m.note
      ? `n/a (${m.note})`
      : `${key === 'sitemap' ? `${m.p50Ms} ms` : `${m.requestsPerSecond} req/s, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms`}${m.failures ? ` (${m.failures})` : ''} ${m.met ? '✅' : '❌'}`
const columns = Object.keys(sizes)
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores, ${SERVER_PROCESSES} server processes (as deployed), ${CONNECTIONS} connections, ${SECONDS} s per row; data at scale: ${ARTICLES} articles of ${SCALE.wordsPerArticle} words, ${SCALE.communes} communes, ${SCALE.events} events, ${SCALE.sites} sites. Reference, same run: raw Node sends a 25 KB page from memory at ${reference.requestsPerSecond.toLocaleString('vi-VN')} req/s.`,
  '',
  `| Row | Target | ${columns.map((c) => (c === 'demo' ? 'Demo data' : `${ARTICLES.toLocaleString('vi-VN')} articles`)).join(' | ')} |`,
  `| --- | --- | ${columns.map(() => '---').join(' | ')} |`,
  ...Object.keys(NAMES).map((key, i) => `| ${rows[i].name} | ${rows[i].target} | ${columns.map((c) => cell(key, rows[i].bySize[c])).join(' | ')} |`),
].join('\n')
console.log(`\n${table}\n`)

const resultsFile = path.resolve('bench/results.json')
const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : {}
results.scale = { at: new Date().toISOString(), articles: ARTICLES, serverProcesses: SERVER_PROCESSES, connections: CONNECTIONS, seconds: SECONDS, targets: TARGETS, reference, rows }
fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
const readme = replaceSection(fs.readFileSync('README.md', 'utf8'), 'bench-scale', table)
if (readme) fs.writeFileSync('README.md', readme)
else console.warn('README.md has no bench-scale markers: table not written')
