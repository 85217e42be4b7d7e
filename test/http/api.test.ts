import { beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, ensureStaff, graphql, request, type StaffTokens } from '../helpers/http'

/**
 * The public API contract for partners: published content only, limits that protect the
 * server, 400 (never 500) for bad queries, cacheable answers with ETag/304, CORS by
 * configuration.
 */
const DRAFT_SLUG = 'ban-nhap-ke-hoach-tham-dinh-xa-cao-lau'
let tokens: StaffTokens

/** A new article published by the editor: a content change every process must show. */
const publishArticle = async (title: string): Promise<{ slug: string }> => {
  const created = await request('/api/articles', {
    method: 'POST',
    token: tokens.editor,
    json: { title, _status: 'published' },
  })
  expect(created.status).toBe(201)
  return created.body.doc
}

beforeAll(async () => {
  tokens = await ensureStaff()
})

describe('bad queries', () => {
  it.each([
    ['where=notanobject', /where must be an object/],
    ['where[publishedAt][greater_than]=ngay-mai', /is not a date/],
    ['where[khong-co][equals]=1', /cannot be queried/],
    ['sort=khongCoTruongNay', /cannot sort by/],
    ['sort=-title,khongCo', /cannot sort by/],
    ['limit=abc', /limit must be a whole number/],
    ['limit=-5', /limit must be a whole number/],
    ['depth=sau', /depth must be a whole number/],
    ['page=0.5', /page must be a whole number/],
    ['page=1e308', /page must be a whole number from 0 to/],
    ['select[khongCo]=true', /cannot select/],
    ['select=title', /select must be an object/],
    ['where[category][equals]=NaN', /is not an ID/],
    ['where[communes][in]=1,hai', /is not an ID/],
    ['where[category][in]=1,null', /is not an ID/],
    ['where[communes][all]=1', /use \\"in\\"/],
    ['where[title][within]=1', /map points only/],
  ])('answers %s with 400 and a message', async (query, message) => {
    const { status, body } = await request(`/api/articles?${query}`)
    expect(status).toBe(400)
    expect(JSON.stringify(body.errors)).toMatch(message)
  })

  it('answers an ID that cannot exist with 404', async () => {
    expect((await request('/api/articles/abc')).status).toBe(404)
    expect((await request('/api/communes/99999999')).status).toBe(404)
  })

  it('never answers 500 to generated query strings', async () => {
    const keys = [
      'where',
      'sort',
      'depth',
      'limit',
      'page',
      'select',
      'draft',
      'where[title][like]',
      'where[or][0][slug][equals]',
    ]
    const values = [
      '',
      '-',
      '0',
      '-1',
      '1e9',
      'null',
      '[]',
      '{}',
      '%00',
      '%27%20OR%201=1--',
      'title',
      '-publishedAt',
      'ab%5Bcd',
    ]
    const failures: string[] = []
    for (const collection of ['articles', 'communes', 'events', 'media']) {
      for (const key of keys) {
        for (const value of values) {
          const path = `/api/${collection}?${key}=${value}`
          const { status } = await request(path)
          if (status >= 500) failures.push(`${path} → ${status}`)
        }
      }
    }
    expect(failures).toEqual([])
  })
})

describe('limits', () => {
  it('caps limit at 100 for the public, whatever is asked (0 means "all" to Payload)', async () => {
    for (const limit of ['1000', '0']) {
      const { status, body } = await request(`/api/criteria?limit=${limit}`)
      expect(status).toBe(200)
      expect(body.limit).toBe(100)
    }
    expect((await request('/api/criteria?limit=5')).body.limit).toBe(5)
  })

  it('keeps the cap when a list is asked without its count (pagination=false)', async () => {
    for (const limit of ['1000', '0', '']) {
      const { status, body } = await request(`/api/criteria?pagination=false&limit=${limit}`)
      expect(status).toBe(200)
      expect(body.limit).toBe(100)
    }
    const { body } = await request('/api/criteria?pagination=false&limit=5&depth=0')
    expect(body.docs).toHaveLength(5)
  })

  it('caps depth at 3 and refuses GraphQL queries over the complexity budget', async () => {
    expect((await request('/api/articles?depth=10')).status).toBe(200)
    const heavy = `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: Articles(limit: 100) { docs { title communes { name criteriaSet { name } } } }`).join(' ')} }`
    const answer = await graphql(heavy)
    expect(JSON.stringify(answer.body.errors ?? [])).toMatch(/complexity/i)
    const light = await graphql('{ Articles(limit: 2) { docs { title } } }')
    expect(light.body.errors).toBeUndefined()
    expect(light.body.data.Articles.docs.length).toBeGreaterThan(0)
  })
})

describe('published content only, on every path', () => {
  it('REST find, findByID, ?draft=true and queries for the draft', async () => {
    for (const path of [
      '/api/articles?limit=100',
      '/api/articles?draft=true&limit=100',
      `/api/articles?where[slug][equals]=${DRAFT_SLUG}`,
      `/api/articles?where[_status][equals]=draft`,
    ]) {
      const { status, text } = await request(path)
      expect(status, path).toBe(200)
      expect(text, path).not.toContain(DRAFT_SLUG)
    }
    const draft = await request(`/api/articles?where[slug][equals]=${DRAFT_SLUG}&draft=true`, {
      token: tokens.editor,
    })
    const id = draft.body.docs[0].id
    expect((await request(`/api/articles/${id}`)).status).toBe(404)
    expect((await request(`/api/articles/${id}?draft=true`)).status).toBe(404)
  })

  it('versions endpoints, the users and the newsroom fields stay closed', async () => {
    expect((await request('/api/articles/versions')).status).toBe(403)
    expect((await request('/api/users')).status).toBe(403)
    const { text } = await request('/api/articles?limit=5')
    for (const field of ['"workflow"', '"reviewNote"', '"lastEditedBy', '"authors"', '"searchText"']) {
      expect(text).not.toContain(field)
    }
  })

  it('GraphQL, nested queries included', async () => {
    const { body } = await graphql(`
      {
        Articles(limit: 100, draft: true) {
          docs {
            slug
            communes {
              name
            }
          }
        }
        Users {
          docs {
            email
          }
        }
      }
    `)
    expect(JSON.stringify(body.data?.Articles ?? {})).not.toContain(DRAFT_SLUG)
    expect(body.data?.Users ?? null).toBeNull()
    // searchText stays in the schema (a hidden field could not be searched) but is always null.
    const field = await graphql('{ Articles(limit: 5) { docs { searchText } } }')
    for (const doc of field.body.data.Articles.docs) expect(doc.searchText).toBeNull()
  })
})

describe('caching', () => {
  it('sends Cache-Control and an ETag, and 304 when the client has it', async () => {
    const first = await fetch(`${baseUrl()}/api/communes?limit=3`)
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^W\/".+"$/)
    expect(first.headers.get('cache-control')).toContain('max-age=')
    const again = await fetch(`${baseUrl()}/api/communes?limit=3`, {
      headers: { 'If-None-Match': String(etag) },
    })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    const changed = await fetch(`${baseUrl()}/api/communes?limit=4`, {
      headers: { 'If-None-Match': String(etag) },
    })
    expect(changed.status).toBe(200)
  })

  it('never marks a logged-in answer as public', async () => {
    const response = await fetch(`${baseUrl()}/api/articles?limit=1`, {
      headers: { Authorization: `JWT ${tokens.editor}` },
    })
    expect(response.headers.get('cache-control') ?? '').not.toContain('public')
  })
})

describe('GraphQL over GET (lib/api/graphqlGet.ts)', () => {
  const get = (params: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl()}/api/graphql?${new URLSearchParams(params)}`, { headers })
  const QUERY = '{ Articles(limit: 3, sort: "-publishedAt") { docs { title slug } } }'

  it('answers a query like the same POST, cacheable: ETag, public, kept, 304', async () => {
    const first = await get({ query: QUERY })
    expect(first.status).toBe(200)
    const body = (await first.json()) as { data: { Articles: { docs: { slug: string }[] } } }
    const posted = await graphql(QUERY)
    expect(body.data).toEqual(posted.body.data)
    expect(first.headers.get('cache-control')).toBe('public, max-age=60')
    const etag = String(first.headers.get('etag'))
    expect((await get({ query: QUERY }, { 'If-None-Match': etag })).status).toBe(304)
    await get({ query: QUERY })
    expect((await get({ query: QUERY })).headers.get('x-ntm-cache')).toBe('HIT')
  })

  it('shows a publication on the next read of a kept answer', async () => {
    const query = '{ Articles(limit: 1, sort: "-publishedAt") { docs { title } } }'
    await get({ query })
    await get({ query })
    const title = `Tin GraphQL GET ${Date.now()}`
    await publishArticle(title)
    const after = (await (await get({ query })).json()) as {
      data: { Articles: { docs: { title: string }[] } }
    }
    expect(after.data.Articles.docs[0].title).toBe(title)
  })

  it.each([
    [{ query: 'mutation { createCategory(data: { name: "x" }) { id } }' }, 405],
    [{}, 400],
    [{ query: QUERY, variables: '{not json' }, 400],
  ])('refuses %j with %i and a message, changing nothing', async (params, status) => {
    const response = await get(params as Record<string, string>)
    expect(response.status).toBe(status)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toBeTruthy()
  })

  it('never shares an answer with errors', async () => {
    const response = await get({ query: '{ Articles { docs { noSuchField } } }' })
    expect(response.headers.get('cache-control') ?? '').not.toContain('public')
  })
})

describe('GraphQL reads POSTed by anonymous readers (server/graphqlPost.ts)', () => {
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })
  const QUERY = 'query Tin($n: Int) { Articles(limit: $n, sort: "-publishedAt") { docs { slug } } }'

  it('are answered as their GET form, from the same memory, until the content changes', async () => {
    const body = { query: QUERY, variables: { n: 2 }, operationName: 'Tin' }
    const first = await post(body)
    expect(first.status).toBe(200)
    const answer = (await first.json()) as { data: { Articles: { docs: { slug: string }[] } } }
    expect(answer.data.Articles.docs).toHaveLength(2)
    const get = await fetch(
      `${baseUrl()}/api/graphql?${new URLSearchParams({ query: QUERY, variables: '{"n":2}', operationName: 'Tin' })}`,
    )
    expect(await get.json()).toEqual(answer)
    await post(body)
    expect((await post(body)).headers.get('x-ntm-cache')).toBe('HIT')
    const created = await publishArticle(`Tin GraphQL POST ${Date.now()}`)
    const after = (await (await post(body)).json()) as typeof answer
    expect(after.data.Articles.docs[0].slug).toBe(created.slug)
  })

  it('are executed each time for staff, partners and other origins, and never shared', async () => {
    const body = { query: '{ Articles(limit: 1) { docs { slug } } }' }
    const senders: Record<string, string>[] = [
      { authorization: `JWT ${tokens.editor}` },
      { origin: baseUrl() },
    ]
    for (const headers of senders) {
      for (let n = 0; n < 3; n += 1) {
        const response = await post(body, headers)
        expect(response.status).toBe(200)
        expect(response.headers.get('x-ntm-cache')).toBeNull()
        expect(response.headers.get('cache-control') ?? '').not.toContain('public')
      }
    }
  })

  it('leave mutations, batches and bad bodies to be answered as POSTed', async () => {
    const mutation = await post({ query: 'mutation { createCategory(data: { name: "Lạ" }) { id } }' })
    expect(mutation.status).not.toBe(405)
    expect(((await mutation.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0)
    const batch = await post([{ query: '{ Articles(limit: 1) { docs { slug } } }' }])
    expect(batch.headers.get('x-ntm-cache')).toBeNull()
    const notJson = await fetch(`${baseUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    })
    expect(notJson.status).toBe(400)
  })
})

describe('CORS', () => {
  it('allows no other origin by default', async () => {
    const response = await fetch(`${baseUrl()}/api/articles?limit=1`, {
      headers: { Origin: 'https://evil.example' },
    })
    expect(response.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
    expect(response.headers.get('access-control-allow-origin')).not.toBe('*')
  })
})
