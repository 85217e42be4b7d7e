import { DomUtils, parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'

import { request } from '../helpers/http'

/** The published OpenAPI description matches what the server answers. */
type Schema = {
  type?: string | string[]
  properties?: Record<string, Schema>
  items?: Schema
  oneOf?: Schema[]
}

const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : Number.isInteger(value)
        ? 'integer'
        : typeof value

/** Whether `value` fits `schema` (types and object keys; enough to catch drift). */
const fits = (schema: Schema, value: unknown, path: string, problems: string[]) => {
  if (schema.oneOf) {
    if (!schema.oneOf.some((option) => fits(option, value, path, [])))
      problems.push(`${path}: fits no option`)
    return problems.length === 0
  }
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type]
  const actual = typeOf(value)
  if (types.length && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
    problems.push(`${path}: ${actual}, documented ${types.join('|')}`)
  }
  if (actual === 'object' && schema.properties) {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      const documented = schema.properties[key]
      if (!documented) problems.push(`${path}.${key}: not documented`)
      else fits(documented, inner, `${path}.${key}`, problems)
    }
  }
  if (actual === 'array' && schema.items) {
    ;(value as unknown[]).forEach((item, index) =>
      fits(schema.items as Schema, item, `${path}[${index}]`, problems),
    )
  }
  return problems.length === 0
}

describe('OpenAPI 3.1 description', () => {
  it('describes the public collections and globals, without staff-only fields', async () => {
    const { status, body } = await request('/openapi.json')
    expect(status).toBe(200)
    expect(body.openapi).toBe('3.1.0')
    for (const path of [
      '/api/articles',
      '/api/articles/{id}',
      '/api/communes',
      '/api/criteria',
      '/api/criteria-sets',
      '/api/events',
      '/api/categories',
      '/api/media',
      '/api/globals/site-settings',
      '/api/globals/related-links',
    ]) {
      expect(body.paths, path).toHaveProperty([path])
    }
    expect(body.paths).not.toHaveProperty(['/api/users'])
    const article = body.components.schemas.articles.properties
    for (const staffOnly of ['workflow', 'reviewNote', 'authors', 'searchText', 'lastEditedBy']) {
      expect(article).not.toHaveProperty([staffOnly])
    }
  })

  it.each(['articles', 'communes', 'criteria', 'criteria-sets', 'events', 'categories', 'media'])(
    'matches what /api/%s answers',
    async (collection) => {
      const spec = (await request('/openapi.json')).body
      const schema = spec.components.schemas[collection] as Schema
      const { body } = await request(`/api/${collection}?limit=5&depth=0`)
      expect(body.docs.length).toBeGreaterThan(0)
      const problems: string[] = []
      for (const doc of body.docs) fits(schema, doc, collection, problems)
      expect(problems).toEqual([])
    },
  )

  it.each(['site-settings', 'related-links'])('matches what /api/globals/%s answers', async (slug) => {
    const spec = (await request('/openapi.json')).body
    const { body } = await request(`/api/globals/${slug}?depth=0`)
    const problems: string[] = []
    fits(spec.components.schemas[`global-${slug}`], body, slug, problems)
    expect(problems).toEqual([])
  })
})

describe('the partners page', () => {
  it('explains feeds, API, limits and keys, and links the description and the contact page', async () => {
    const { status, text } = await request('/doi-tac')
    expect(status).toBe(200)
    for (const part of [
      '/rss.xml',
      '/su-kien.ics',
      'href="/openapi.json"',
      '429',
      'partners API-Key',
      'href="/lien-he"',
      'lang="en"',
    ]) {
      expect(text).toContain(part)
    }
    expect((await request('/')).text).toContain('href="/doi-tac"')
  })
})

describe('what partners need (issue 15)', () => {
  it('computed fields are right under select: the criteria total of each commune’s own set', async () => {
    const full = await request('/api/communes?limit=100&depth=0&sort=id')
    const selected = await request(
      '/api/communes?limit=100&depth=0&sort=id&select[name]=true&select[progress]=true',
    )
    expect(selected.status).toBe(200)
    const totals = (body: { docs: { id: number; progress: { total: number } }[] }) =>
      body.docs.map((doc) => [doc.id, doc.progress.total])
    expect(totals(selected.body as never)).toEqual(totals(full.body as never))
    expect(full.body.docs.some((doc: { progress: { total: number } }) => doc.progress.total > 0)).toBe(true)
  })

  it('rich text comes as sanitised HTML beside the Lexical JSON, with absolute links and images', async () => {
    const { body } = await request('/api/articles?limit=20&depth=1&where[body][exists]=true')
    const withBody = body.docs.filter((doc: { body?: unknown }) => doc.body)
    expect(withBody.length).toBeGreaterThan(0)
    for (const doc of withBody as { bodyHtml: string }[]) {
      expect(typeof doc.bodyHtml).toBe('string')
      expect(doc.bodyHtml.length).toBeGreaterThan(0)
      // As a browser would read it (htmlparser2): no script element, no event handler, and every
      // link and image absolute.
      for (const element of DomUtils.findAll(() => true, parseDocument(doc.bodyHtml).children)) {
        expect(element.name).not.toBe('script')
        for (const [name, value] of Object.entries(element.attribs)) {
          expect(name).not.toMatch(/^on/i)
          if (name === 'href' || name === 'src') expect(value).toMatch(/^(https?:|mailto:|#)/)
        }
      }
    }
    const { body: only } = await request(`/api/articles/${withBody[0].id}?select[bodyHtml]=true`)
    expect(only.bodyHtml).toBe(withBody[0].bodyHtml)
    const { body: graphql } = await request('/api/graphql', {
      method: 'POST',
      json: { query: '{ Articles(limit: 1, where: { body: { exists: true } }) { docs { bodyHtml } } }' },
    })
    expect(graphql.data.Articles.docs[0].bodyHtml).toContain('<p')
  })

  it('labels every enumerated value and links a public guide', async () => {
    const { body } = await request('/openapi.json')
    const status = body.components.schemas.communes.properties.status
    expect(status['x-enumDescriptions']['dat-chuan']).toBe('Đạt chuẩn NTM')
    expect(status.description).toContain('`chua-dat`: ')
    expect(body.info.description).not.toMatch(/docs\//)
    expect(body.externalDocs.url).toMatch(/^https?:\/\/[^/]+\/doi-tac$/)
    expect((await request(new URL(body.externalDocs.url).pathname)).status).toBe(200)
  })
})
