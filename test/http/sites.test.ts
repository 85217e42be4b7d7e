import { sitemapPages } from '../helpers/sitemaps'
import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../scripts/lib/server'
import { SEED_ARTICLE_SLUG } from '../../seed/data/content'
import { ensureStaff, type Json, STAFF_PASSWORD } from '../helpers/http'
import { isolatedDatabase } from '../helpers/servers'

/**
 * One install serving several sites, on a production server of this file's own (its database a
 * copy of the suite's one-site install): the install's first site stays the province's, at the
 * root of the install's host; commune A gets a host of its own (a second name on loopback),
 * commune B is served under `/don-vi/<slug>` on the install's host. Each host serves only its
 * site's pages, feeds, sitemap and search results; the memory of answers never serves one site's
 * page on another's host; statistics are counted per site; URLs of the one-site install still work.
 */
let iso: Awaited<ReturnType<typeof isolatedDatabase>>
let server: RunningServer
let port: string
let admin: string
const run = Date.now().toString(36)
const A = { slug: `xa-a-${run}`, name: `Xã Thử A ${run}`, host: '' }
const B = { slug: `xa-b-${run}`, name: `Xã Thử B ${run}` }
const WORD_A = `tuchinhtaa${run}`
const WORD_B = `tuchinhtab${run}`
let siteA: number
let siteB: number

type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string }

/** A request with a Host of our choosing (fetch() will not send another Host). */
const on = (
  host: string,
  path: string,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
) =>
  new Promise<Answer>((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: encodeURI(path),
        method: init.method ?? 'GET',
        headers: {
          host,
          ...init.headers,
          ...(init.body ? { 'content-length': Buffer.byteLength(init.body) } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    request.on('error', reject)
    request.end(init.body)
  })

const INSTALL = () => `127.0.0.1:${port}`

const api = async (path: string, method = 'GET', json?: unknown): Promise<{ status: number; body: Json }> => {
  const answer = await on(INSTALL(), path, {
    method,
    body: json === undefined ? undefined : JSON.stringify(json),
    headers: {
      authorization: `JWT ${admin}`,
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
    },
  })
  return { status: answer.status, body: answer.text ? (JSON.parse(answer.text) as Json) : {} }
}

const publish = async (tenant: number, slug: string, word: string) => {
  const made = await api('/api/articles', 'POST', {
    title: `Tin ${word}`,
    slug,
    summary: `Bài của đơn vị, từ khóa ${word}.`,
    tenant,
    _status: 'published',
    publishedAt: new Date().toISOString(),
  })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
  return made.body.doc as Json
}

/** Polls until `check` holds (a site's change reaches the server layer through the change signal). */
const eventually = async (check: () => Promise<boolean>, ms = 3000) => {
  const until = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > until) throw new Error('not within time')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

beforeAll(async () => {
  await ensureStaff()
  iso = await isolatedDatabase('sites')
  server = await iso.start()
  port = new URL(server.url).port
  A.host = `${A.slug}.localhost:${port}`
  const login = await on(INSTALL(), '/api/users/login', {
    method: 'POST',
    body: JSON.stringify({ email: 'admin@test.example', password: STAFF_PASSWORD }),
    headers: { 'content-type': 'application/json' },
  })
  admin = (JSON.parse(login.text) as Json).token
  siteA = (
    await api('/api/tenants', 'POST', { name: A.name, slug: A.slug, kind: 'xa', hosts: [{ host: A.host }] })
  ).body.doc.id
  siteB = (await api('/api/tenants', 'POST', { name: B.name, slug: B.slug, kind: 'xa' })).body.doc.id
  await publish(siteA, `tin-a-${run}`, WORD_A)
  await publish(siteB, `tin-b-${run}`, WORD_B)
  // The same slug on both sites: each site's own page shows its own.
  await publish(siteA, `chung-${run}`, `${WORD_A}chung`)
  await publish(siteB, `chung-${run}`, `${WORD_B}chung`)
  await eventually(async () => (await on(A.host, '/')).text.includes(A.name))
}, 240_000)

afterAll(async () => {
  await iso?.stop()
})

describe('each host serves its own site', () => {
  it('serves site A’s pages on its host and site B’s under its prefix, not each other’s', async () => {
    const homeA = await on(A.host, '/')
    expect(homeA.status).toBe(200)
    expect(homeA.text).toContain(A.name)
    expect(homeA.text).toContain(WORD_A)
    expect(homeA.text).not.toContain(WORD_B)
    const homeB = await on(INSTALL(), `/don-vi/${B.slug}`)
    expect(homeB.status).toBe(200)
    expect(homeB.text).toContain(B.name)
    expect(homeB.text).toContain(WORD_B)
    expect(homeB.text).not.toContain(WORD_A)
    // B's links carry its prefix; A's are plain paths on its host.
    expect(homeB.text).toContain(`href="/don-vi/${B.slug}/tin-tuc/tin-b-${run}"`)
    expect(homeA.text).toContain(`href="/tin-tuc/tin-a-${run}"`)

    expect((await on(A.host, `/tin-tuc/tin-a-${run}`)).status).toBe(200)
    expect((await on(A.host, `/tin-tuc/tin-b-${run}`)).status).toBe(404)
    expect((await on(INSTALL(), `/don-vi/${B.slug}/tin-tuc/tin-b-${run}`)).status).toBe(200)
    expect((await on(INSTALL(), `/don-vi/${B.slug}/tin-tuc/tin-a-${run}`)).status).toBe(404)
    expect((await on(A.host, `/tin-tuc/chung-${run}`)).text).toContain(`${WORD_A}chung`)
    expect((await on(INSTALL(), `/don-vi/${B.slug}/tin-tuc/chung-${run}`)).text).toContain(`${WORD_B}chung`)
  })

  it('sends the province’s paths of a site’s articles, and a prefix of a site with a host, where they live', async () => {
    const toB = await on(INSTALL(), `/tin-tuc/tin-b-${run}`)
    expect(toB.status).toBe(308)
    expect(toB.headers.location).toMatch(new RegExp(`/don-vi/${B.slug}/tin-tuc/tin-b-${run}$`))
    const toA = await on(INSTALL(), `/don-vi/${A.slug}/tin-tuc/tin-a-${run}?x=1`)
    expect(toA.status).toBe(308)
    expect(toA.headers.location).toBe(`http://${A.host}/tin-tuc/tin-a-${run}?x=1`)
  })

  it('keeps the one-site install’s URLs: the province serves them as before', async () => {
    const old = await on(INSTALL(), `/tin-tuc/${SEED_ARTICLE_SLUG}`)
    expect(old.status).toBe(200)
    expect((await on(INSTALL(), '/xa/cao-lau')).status).toBe(200)
  })

  it('serves each site’s feeds, calendar, sitemap, robots.txt and OpenAPI with its own URLs', async () => {
    const rssA = await on(A.host, '/rss.xml')
    expect(rssA.text).toContain(`http://${A.host}/tin-tuc/tin-a-${run}`)
    expect(rssA.text).not.toContain(`tin-b-${run}`)
    const rssB = await on(INSTALL(), `/don-vi/${B.slug}/atom.xml`)
    expect(rssB.text).toContain(`/don-vi/${B.slug}/tin-tuc/tin-b-${run}`)
    expect(rssB.text).not.toContain(`tin-a-${run}`)

    const sitemapA = await sitemapPages(
      `http://${A.host}/sitemap.xml`,
      async (url) => (await on(new URL(url).host, new URL(url).pathname)).text,
    )
    expect(sitemapA.sitemaps.every((url) => new URL(url).host === A.host)).toBe(true)
    expect(sitemapA.pages).toContain(`http://${A.host}/tin-tuc/tin-a-${run}`)
    expect(sitemapA.pages.join(' ')).not.toContain(`tin-b-${run}`)
    const index = await on(INSTALL(), '/sitemap.xml')
    expect(index.text).toContain('<sitemapindex')
    expect(index.text).toContain(`http://${A.host}/sitemap.xml`)
    expect(index.text).toContain(`/don-vi/${B.slug}/sitemap.xml`)
    expect(index.text).toContain('/sitemap-trang.xml')

    expect((await on(A.host, '/robots.txt')).text).toContain(`Sitemap: http://${A.host}/sitemap.xml`)
    expect((await on(INSTALL(), '/robots.txt')).text).toContain(`Disallow: /don-vi/${B.slug}/tim-kiem`)
    expect(JSON.parse((await on(A.host, '/openapi.json')).text).servers[0].url).toBe(`http://${A.host}`)
    expect((await on(A.host, '/su-kien.ics')).status).toBe(200)
  })

  it('searches a site’s own content on its host, and every site’s on the province', async () => {
    const onA = await on(A.host, `/tim-kiem?q=${WORD_A}`)
    expect(onA.text).toContain(`/tin-tuc/tin-a-${run}`)
    expect((await on(A.host, `/tim-kiem?q=${WORD_B}`)).text).not.toContain(`tin-b-${run}`)
    const province = await on(INSTALL(), `/tim-kiem?q=${WORD_B}`)
    expect(province.text).toContain(`/don-vi/${B.slug}/tin-tuc/tin-b-${run}`)
    // Answered by the server layer, exactly as the page renders it, on every kind of site address.
    for (const [host, path] of [
      [A.host, `/tim-kiem?q=${WORD_A}chung`],
      [INSTALL(), `/don-vi/${B.slug}/tim-kiem?q=${WORD_B}`],
      [INSTALL(), `/tim-kiem?q=tin&loai=articles`],
    ]) {
      const reader = await on(host, path)
      const page = await on(host, path, { headers: { cookie: 'ntm-test=1' } })
      expect(reader.headers['x-ntm-answered-by']).toBe('search')
      expect(reader.text).toBe(page.text)
    }
    expect((await on(INSTALL(), `/don-vi/${B.slug}/tim-kiem?q=${WORD_B}`)).text).toContain(
      `/don-vi/${B.slug}/tin-tuc/tin-b-${run}`,
    )
  })
})

describe('the memory of answers and the statistics', () => {
  it('never serves one site’s kept page on another host', async () => {
    for (let n = 0; n < 2; n += 1) {
      const a = await on(A.host, '/tin-tuc')
      const province = await on(INSTALL(), '/tin-tuc')
      expect(a.text).toContain(A.name)
      expect(province.text).not.toContain(`<p class="site-header__name"><a href="/">${A.name}`)
      if (n === 1) {
        expect(a.headers['x-ntm-cache']).toBe('HIT')
        expect(province.headers['x-ntm-cache']).toBe('HIT')
        expect(a.text).not.toBe(province.text)
      }
    }
  })

  it('counts a page view under the site it was served for, and the province’s figures sum them', async () => {
    const figures = async (host: string, base = '') =>
      JSON.parse((await on(host, `${base}/api/stats`)).text) as Json
    const beforeA = await figures(A.host)
    const beforeB = await figures(INSTALL(), `/don-vi/${B.slug}`)
    const beforeProvince = await figures(INSTALL())
    const hit = (host: string, base: string, path: string, address: string) =>
      on(host, `${base}/api/stats/hit`, {
        method: 'POST',
        body: JSON.stringify({ path }),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0',
          'x-forwarded-for': address,
        },
      })
    expect(JSON.parse((await hit(A.host, '', '/tin-tuc', '198.51.100.201')).text).outcome).toBe('visit')
    expect(
      JSON.parse(
        (await hit(INSTALL(), `/don-vi/${B.slug}`, `/don-vi/${B.slug}/tin-tuc`, '198.51.100.202')).text,
      ).outcome,
    ).toBe('visit')
    await eventually(async () => (await figures(A.host)).today === beforeA.today + 1)
    const afterB = await figures(INSTALL(), `/don-vi/${B.slug}`)
    const afterProvince = await figures(INSTALL())
    expect(afterB.today).toBe(beforeB.today + 1)
    expect(afterProvince.today).toBe(beforeProvince.today + 2)
  })

  it('shows the roll-up of every site on the province’s home page, its totals the sums of its rows', async () => {
    const home = await on(INSTALL(), '/')
    expect(home.text).toContain('Các đơn vị trong tỉnh')
    expect(home.text).toContain(`href="http://${A.host}/"`)
    expect(home.text).toContain(`href="/don-vi/${B.slug}"`)
    const cells = (figure: string) =>
      [...home.text.matchAll(new RegExp(`data-figure="${figure}">([\\d.]+)<`, 'g'))].map((m) =>
        Number(m[1].replaceAll('.', '')),
      )
    for (const figure of ['recent', 'visits']) {
      const values = cells(figure)
      const total = values.pop()
      expect(total, figure).toBe(values.reduce((sum, value) => sum + value, 0))
    }
  })
})
