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
