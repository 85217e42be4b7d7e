import { sitemapPages } from '../helpers/sitemaps'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureStaff, STAFF_PASSWORD } from '../helpers/http'
import { expectInert } from '../helpers/inert'
import { isolatedDatabase } from '../helpers/servers'

/**
 * Script in every text field of every collection and global never runs on any public page.
 * On a database of this file's own, an admin appends a payload to each text value of one
 * document per collection (found by walking the stored document, arrays, groups and rich text
 * included), one field at a time so a field that refuses it (a select, a URL, a date) does not
 * hide the others. Then every public page is crawled (the sitemap, then links, bounded) and each
 * must be inert, and the payload must have reached the pages as text.
 */
const PAYLOAD = ' "><script>alert(1)</script><img src=x onerror=alert(1)><svg onload=alert(1)>'
const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;'
const COLLECTIONS = [
  'articles',
  'communes',
  'events',
  'criteria',
  'criteria-sets',
  'categories',
  'media',
  'users',
]
const GLOBALS = ['site-settings', 'related-links']
/** Keys whose strings are structure, identity or machine values, not text a person typed. */
const NOT_TEXT = new Set([
  'id',
  'slug',
  '_status',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'type',
  'format',
  'direction',
  'mode',
  'style',
  'textFormat',
  'textStyle',
  'listType',
  'tag',
  'relationTo',
  'linkType',
  'filename',
  'mimeType',
  'url',
  'thumbnailURL',
  'email',
  'role',
  'workflow',
  'timezone',
  'blockType',
])
const MAX_PAGES = 250

type Json = Record<string, unknown>
let iso: Awaited<ReturnType<typeof isolatedDatabase>>
let server: string
let token: string
const accepted: string[] = []

const api = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(`${server}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, ...init.headers },
  })
  return { status: response.status, body: (await response.json()) as Json }
}

/** Paths to every string leaf that is text, e.g. ['body', 'root', 'children', 0, 'children', 0, 'text']. */
const textLeaves = (value: unknown, at: (string | number)[] = []): (string | number)[][] => {
  if (typeof value === 'string') {
    const key = at.at(-1)
    const isText = typeof key === 'number' || !NOT_TEXT.has(key as string)
    return isText && !/^\d{4}-\d\d-\d\dT/.test(value) ? [at] : []
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => textLeaves(item, [...at, i]))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => textLeaves(item, [...at, key]))
  }
  return []
}

const withPayload = (value: unknown, leaf: (string | number)[]): unknown => {
  if (!leaf.length) return `${value as string}${PAYLOAD}`
  const [head, ...rest] = leaf
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? withPayload(item, rest) : item))
  return { ...(value as Json), [head]: withPayload((value as Json)[head as string], rest) }
}

/** Appends the payload to each text leaf of `doc`, one save per leaf; keeps what is accepted. */
const poison = async (label: string, doc: Json, save: (data: Json) => Promise<number>) => {
  let current = doc
  for (const leaf of textLeaves(doc)) {
    const [field] = leaf
    const next = withPayload(current, leaf) as Json
    const data: Json = { [field]: next[field as string] }
    if ('_status' in doc) data._status = 'published'
    const status = await save(data)
    expect(status, `${label} ${leaf.join('.')}`).toBeLessThan(500)
    if (status === 200) {
      current = next
      accepted.push(`${label}.${leaf.join('.')}`)
    }
  }
}

const login = async (email: string) => {
  const response = await fetch(`${server}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: STAFF_PASSWORD }),
  })
  return ((await response.json()) as { token: string }).token
}

beforeAll(async () => {
  await ensureStaff()
  iso = await isolatedDatabase('xss')
  server = (await iso.start()).url
  token = await login('admin@test.example')
})

afterAll(async () => {
  await iso?.stop()
})

describe('XSS payloads in every text field of every collection', () => {
  it('are saved as text (or refused by the field), never a 500', async () => {
    for (const collection of COLLECTIONS) {
      // The oldest (seeded) document: other files lock the documents they make while this one runs.
      const list = await api(`/api/${collection}?limit=1&depth=0&sort=createdAt`)
      const doc = (list.body.docs as Json[])[0]
      expect(doc, collection).toBeTruthy()
      await poison(collection, doc, async (data) => {
        const { status } = await api(`/api/${collection}/${doc.id}?depth=0`, {
          method: 'PATCH',
          body: JSON.stringify(data),
        })
        return status
      })
    }
    for (const global of GLOBALS) {
      const { body: doc } = await api(`/api/globals/${global}?depth=0`)
      const { id, globalType, createdAt, updatedAt, ...fields } = doc
      void [id, globalType, createdAt, updatedAt]
      await poison(global, fields, async (data) => {
        const { status } = await api(`/api/globals/${global}?depth=0`, {
          method: 'POST',
          body: JSON.stringify(data),
        })
        return status
      })
    }
    for (const label of [...COLLECTIONS.filter((c) => c !== 'users'), ...GLOBALS]) {
      expect(
        accepted.some((leaf) => leaf.startsWith(`${label}.`)),
        `no text field of ${label} took the payload`,
      ).toBe(true)
    }
  })

  it('render inert on every public page', async () => {
    const { pages } = await sitemapPages(`${server}/sitemap.xml`, async (url) =>
      (await fetch(`${server}${new URL(url).pathname}`)).text(),
    )
    const queue = pages.map((page) => new URL(page).pathname)
    queue.unshift('/', '/tim-kiem?q=alert', '/khong-co-trang-nay')
    const seen = new Set<string>()
    let escapedOn = 0
    while (queue.length && seen.size < MAX_PAGES) {
      const path = queue.shift() as string
      if (seen.has(path)) continue
      seen.add(path)
      const response = await fetch(`${server}${path}`)
      if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) {
        await response.arrayBuffer()
        continue
      }
      const html = await response.text()
      expect(response.status, path).toBeLessThan(500)
      expectInert(html, path)
      if (html.includes(ESCAPED)) escapedOn += 1
      for (const [, href] of html.matchAll(/href="(\/[^"#]*)"/g)) {
        const link = href.replaceAll('&amp;', '&')
        if (!/^\/(admin|api|_next|xem-truoc)/.test(link) && !seen.has(link)) queue.push(link)
      }
    }
    expect(seen.size).toBeGreaterThan(40)
    expect(escapedOn).toBeGreaterThan(10)
  })
})
