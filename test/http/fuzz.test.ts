import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ENDPOINT_ACCESS } from '../../access/endpoints'
import { ensureStaff, STAFF_PASSWORD } from '../helpers/http'
import { isolatedDatabase, pool } from '../helpers/servers'

/**
 * Generated bad input against the production server: REST query strings, GraphQL bodies, the
 * beacon and the search box. Hundreds of cases each, from a seeded generator (FUZZ_SEED to
 * explore others; the seed is in every failure message). Every answer must be 2xx or 4xx.
 * A server and database of this file's own, so its beacons do not disturb the counting tests.
 */
const SEED = Number(process.env.FUZZ_SEED || 20261128)
const CASES = 200

/** mulberry32: small, seedable, good enough to pick cases. */
const generator = (seed: number) => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
  const int = (max: number) => Math.floor(next() * max)
  return { next, pick, int }
}

const NASTY = [
  '',
  ' ',
  '0',
  '-1',
  '1e308',
  '99999999999999999999',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '%00',
  '%',
  '%zz',
  "' OR 1=1--",
  '"; DROP TABLE articles; --',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '\\',
  '.*+?()[]{}|^$',
  'xã Cao Lâu',
  'xa\u0303 Cao La\u0302u', // NFD
  '𝒳😀\u202e',
  'a'.repeat(3000),
  '$where',
  '__proto__',
  'constructor',
]
const FIELDS = [
  'title',
  'slug',
  'publishedAt',
  'category',
  'category.slug',
  'communes',
  'communes.name',
  'id',
  '_status',
  'workflow',
  'khongCo',
  'updatedAt',
  'searchText',
  'content',
]
const OPERATORS = [
  'equals',
  'not_equals',
  'like',
  'contains',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
  'khong_co',
]
const COLLECTIONS = [
  'articles',
  'communes',
  'events',
  'criteria',
  'categories',
  'media',
  'users',
  'stats-counters',
  'partners',
]

const restQuery = (r: ReturnType<typeof generator>): string => {
  const parts: string[] = []
  for (let n = 1 + r.int(4); n > 0; n -= 1) {
    const value = encodeURIComponent(r.pick(NASTY))
    switch (r.int(7)) {
      case 0:
        parts.push(`where[${r.pick(FIELDS)}][${r.pick(OPERATORS)}]=${value}`)
        break
      case 1:
        parts.push(
          `where[${r.pick(['or', 'and'])}][${r.int(3)}][${r.pick(FIELDS)}][${r.pick(OPERATORS)}]=${value}`,
        )
        break
      case 2:
        parts.push(`sort=${r.pick(['', '-'])}${r.pick(FIELDS)}${r.next() < 0.3 ? `,${r.pick(FIELDS)}` : ''}`)
        break
      case 3:
        parts.push(`${r.pick(['depth', 'limit', 'page'])}=${value}`)
        break
      case 4:
        parts.push(`select[${r.pick(FIELDS)}]=${r.pick(['true', 'false', value])}`)
        break
      case 5:
        parts.push(
          `joins[${r.pick(['articles', 'events', 'communesMeeting', ...FIELDS])}]${r.pick([
            `[where][${r.pick(FIELDS)}][${r.pick(OPERATORS)}]`,
            '[sort]',
            '[limit]',
            '[page]',
            '',
          ])}=${value}`,
        )
        break
      default:
        parts.push(`${r.pick(['where', 'select', 'populate', 'draft', 'locale', 'joins', 'trash'])}=${value}`)
    }
  }
  return parts.join('&')
}

const graphqlBody = (r: ReturnType<typeof generator>): string => {
  const field = r.pick([
    'title',
    'slug',
    'publishedAt',
    'khongCo',
    'category { name slug }',
    'communes { name progress { ntmMet } }',
    '__typename',
    'searchText',
  ])
  const argument = r.pick([
    '',
    `(limit: ${r.pick(['10', '-1', '0', '100000', '"mười"', 'null'])})`,
    `(where: { title: { ${r.pick(OPERATORS)}: ${JSON.stringify(r.pick(NASTY))} } })`,
    `(sort: ${JSON.stringify(r.pick(FIELDS))})`,
    '(draft: true)',
    `(page: ${r.pick(['1', '-3', '1.5'])})`,
  ])
  const query = r.pick([
    `{ Articles${argument} { docs { ${field} } } }`,
    `{ Article(id: ${r.pick(['1', '-1', '"abc"', '99999999'])}) { ${field} } }`,
    `{ Communes${argument} { docs { name criteriaSet { criteria { name } } } } }`,
    `{ Users { docs { email } } }`,
    `mutation { createArticle(data: { title: ${JSON.stringify(r.pick(NASTY))} }) { id } }`,
    `{ __schema { types { name fields { name } } } }`,
    `query A { Articles { docs { ...F } } } fragment F on Article { ...F }`,
    `{ Articles { docs { category { articles { docs { category { name } } } } } } }`,
    `{ ${'a: Articles { docs { title } } '.repeat(1 + r.int(30))} }`,
    `{ Articles { docs { title ${'{'.repeat(r.int(50))} } } }`,
    r.pick(NASTY),
  ])
  switch (r.int(6)) {
    case 0:
      return r.pick(NASTY) // not JSON at all
    case 1:
      return JSON.stringify({ query: r.pick([null, 42, [], {}, query]) })
    case 2:
      return JSON.stringify({ query, variables: r.pick([null, 'x', [], { id: r.pick(NASTY) }]) })
    case 3:
      return JSON.stringify([{ query }, { query }])
    case 4:
      return JSON.stringify({ query, operationName: r.pick(['A', 'B', '', 42]) })
    default:
      return JSON.stringify({ query })
  }
}

const beaconBody = (r: ReturnType<typeof generator>): string =>
  r.pick([
    () => r.pick(NASTY),
    () => JSON.stringify({ path: r.pick(NASTY) }),
    () => JSON.stringify({ path: `/${r.pick(NASTY)}` }),
    () => JSON.stringify({ path: r.pick(['/', '/tin-tuc', '/xa/cao-lau']), extra: r.pick(NASTY) }),
    () => JSON.stringify({ path: r.pick([null, 1, [], {}, true]) }),
    () => JSON.stringify(r.pick([null, 1, [], 'x', {}])),
    () => JSON.stringify({ path: '/', referrer: r.pick(NASTY) }),
    () => `{"path":"/${'x'.repeat(r.int(4000))}"}`,
  ])()

type Case = { label: string; run: () => Promise<number> }

const check = async (cases: Case[]) => {
  const failures: string[] = []
  await pool(
    cases.map((c) => async () => {
      const status = await c.run().catch((error: Error) => {
        failures.push(`${c.label}: no answer (${error.message})`)
        return 0
      })
      if (status >= 500) failures.push(`${c.label} → ${status}`)
    }),
    8,
  )
  expect(failures, `FUZZ_SEED=${SEED}`).toEqual([])
}

let iso: Awaited<ReturnType<typeof isolatedDatabase>>
let baseUrl: string

/** An admin's session on this file's server: past every access rule, more code is reached. */
let adminToken = ''

beforeAll(async () => {
  await ensureStaff()
  iso = await isolatedDatabase('fuzz')
  baseUrl = (await iso.start()).url
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@test.example', password: STAFF_PASSWORD }),
  })
  adminToken = ((await login.json()) as { token: string }).token
  expect(adminToken).toBeTruthy()
})

afterAll(async () => {
  await iso?.stop()
})

const status = async (path: string, init?: RequestInit) => {
  const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual', ...init })
  await response.arrayBuffer()
  return response.status
}

describe(`generated bad input (FUZZ_SEED=${SEED})`, () => {
  it(`REST query strings: ${CASES} cases`, async () => {
    const r = generator(SEED)
    await check(
      Array.from({ length: CASES }, () => {
        const path = `/api/${r.pick(COLLECTIONS)}${r.next() < 0.2 ? `/${encodeURIComponent(r.pick(NASTY))}` : ''}?${restQuery(r)}`
        return { label: `GET ${path.slice(0, 300)}`, run: () => status(path) }
      }),
    )
  })

  it(`every request of the endpoint matrix and Payload's other routes, anonymous and as an admin: ${CASES * 2} cases`, async () => {
    const r = generator(SEED + 4)
    const nasty = () => encodeURIComponent(r.pick(NASTY))
    // The endpoint matrix's requests (access/endpoints.ts), with bad targets and query strings.
    const matrix = ENDPOINT_ACCESS.map((row) => () => {
      const path = row.path.replaceAll(':target', r.next() < 0.5 ? nasty() : String(r.int(200)))
      return `${path}${path.includes('?') ? '&' : '?'}${restQuery(r)}`
    })
    const routes = [
      ...matrix,
      () => `/api/${r.pick(COLLECTIONS)}/count?${restQuery(r)}`,
      () => `/api/${r.pick(COLLECTIONS)}/versions?${restQuery(r)}`,
      () => `/api/${r.pick(COLLECTIONS)}/versions/${nasty()}`,
      () => `/api/media/file/${nasty()}`,
      () => `/api/users/me`,
      () => `/api/access`,
      () => `/api/payload-locked-documents?${restQuery(r)}`,
      () => `/api/payload-preferences/${nasty()}`,
      () => `/api/payload-jobs?${restQuery(r)}`,
      () => `/api/payload-migrations`,
      () => `/api/users/verify/${nasty()}`,
      () => `/api/users/unlock`,
      () => `/api/users/forgot-password`,
      () => `/api/users/reset-password`,
      () => `/api/users/login`,
      () => `/api/globals/${r.pick(['site-settings', 'related-links', 'khong-co'])}?${restQuery(r)}`,
      () => `/api/${nasty()}/${nasty()}`,
    ]
    await check(
      Array.from({ length: CASES * 2 }, () => {
        const path = r.pick(routes)()
        const method = r.pick(['GET', 'GET', 'POST', 'PATCH', 'DELETE'])
        const asAdmin = r.next() < 0.5
        const body =
          method === 'GET'
            ? undefined
            : r.pick([
                r.pick(NASTY),
                JSON.stringify({ email: r.pick(NASTY), token: r.pick(NASTY), password: r.pick(NASTY) }),
              ])
        return {
          label: `${method} ${path.slice(0, 300)}${asAdmin ? ' (admin)' : ''}${body ? ` body ${body.slice(0, 120)}` : ''}`,
          run: () =>
            status(path, {
              method,
              body,
              headers: {
                ...(body ? { 'content-type': 'application/json' } : {}),
                ...(asAdmin ? { authorization: `JWT ${adminToken}` } : {}),
              },
            }),
        }
      }),
    )
  })

  it(`GraphQL bodies: ${CASES} cases`, async () => {
    const r = generator(SEED + 1)
    await check(
      Array.from({ length: CASES }, () => {
        const body = graphqlBody(r)
        const type = r.next() < 0.85 ? 'application/json' : r.pick(['text/plain', 'application/graphql', ''])
        return {
          label: `POST /api/graphql (${type}) ${body.slice(0, 300)}`,
          run: () => status('/api/graphql', { method: 'POST', headers: { 'content-type': type }, body }),
        }
      }),
    )
  })

  it(`the beacon: ${CASES} cases`, async () => {
    const r = generator(SEED + 2)
    await check(
      Array.from({ length: CASES }, (_, n) => {
        const body = beaconBody(r)
        const method = r.next() < 0.9 ? 'POST' : r.pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])
        // Header values go out as raw bytes: UTF-8 text reaches the server as a client would send it.
        const bytes = (text: string) => Buffer.from(text).toString('latin1')
        const headers: Record<string, string> = {
          'content-type': r.pick(['application/json', 'text/plain', 'application/x-www-form-urlencoded', '']),
          'user-agent': r.pick([
            '',
            'curl/8',
            `Mozilla/5.0 (Fuzz ${n}) Chrome/126.0`,
            bytes(r.pick(NASTY).slice(0, 500)),
          ]),
          'x-forwarded-for': r.pick(['10.99.0.1', '', 'not-an-address', '::1, 10.0.0.1, ,', '999.999.1.1']),
          'sec-fetch-site': r.pick(['same-origin', 'cross-site', 'none', '']),
        }
        return {
          label: `${method} /api/stats/hit ${JSON.stringify(headers).slice(0, 200)} ${body.slice(0, 200)}`,
          run: () =>
            status('/api/stats/hit', {
              method,
              headers,
              body: method === 'GET' || method === 'OPTIONS' ? undefined : body,
            }),
        }
      }),
    )
  })

  it(`the search box: ${CASES} cases`, async () => {
    const r = generator(SEED + 3)
    await check(
      Array.from({ length: CASES }, () => {
        const query = Array.from({ length: 1 + r.int(3) }, () => r.pick(NASTY)).join(
          r.pick([' ', '', '+', '%20']),
        )
        const extra = r.pick([
          '',
          `&page=${encodeURIComponent(r.pick(NASTY))}`,
          `&q=${encodeURIComponent(r.pick(NASTY))}`,
          '&q[]=x',
        ])
        const path = `/tim-kiem?q=${encodeURIComponent(query)}${extra}`
        return { label: `GET ${path.slice(0, 300)}`, run: () => status(path) }
      }),
    )
  })
})
