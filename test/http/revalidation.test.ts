import { beforeAll, describe, expect, it } from 'vitest'

import { ensureStaff, request, type StaffTokens } from '../helpers/http'

/**
 * On-demand revalidation regenerates exactly the pages an article appears on: publishing an
 * article about Cao Lâu refreshes Cao Lâu's page at once and leaves Tân Liên's cached (Next's
 * `x-nextjs-cache: HIT`); unpublishing takes it off again, with no stale page.
 */
let tokens: StaffTokens

const communeId = async (slug: string) =>
  (await request(`/api/communes?where[slug][equals]=${slug}&depth=0`)).body.docs[0].id as number

const cacheState = async (path: string) => (await request(path)).headers.get('x-nextjs-cache')

/** Requests a page until it is served from the cache (the first request may render it). */
const warm = async (path: string) => {
  for (let attempt = 0; attempt < 5; attempt += 1) if ((await cacheState(path)) === 'HIT') return
  throw new Error(`${path} is never served from the cache`)
}

beforeAll(async () => {
  tokens = await ensureStaff()
})

describe('on-demand revalidation', () => {
  it('publishing an article about one commune regenerates that commune’s page, not another’s', async () => {
    const caoLau = await communeId('cao-lau')
    // Other test files change categories and media at the same time, which rightly expires
    // every article list: try a few times, an unrelated page must stay cached in one of them.
    let unrelatedStayedCached = false
    for (let attempt = 0; attempt < 4 && !unrelatedStayedCached; attempt += 1) {
      await warm('/xa/tan-lien')
      await warm('/xa/cao-lau')
      const created = await request('/api/articles', {
        method: 'POST',
        token: tokens.editor,
        json: {
          title: `Cao Lâu hoàn thành tiêu chí giao thông ${attempt}-${Date.now()}`,
          communes: [caoLau],
          _status: 'published',
        },
      })
      expect(created.status, created.text).toBe(201)
      const link = `href="/tin-tuc/${created.body.doc.slug}"`
      const caoLauPage = await request('/xa/cao-lau')
      expect(caoLauPage.text).toContain(link)
      unrelatedStayedCached = (await cacheState('/xa/tan-lien')) === 'HIT'
      expect((await request('/xa/tan-lien')).text).not.toContain(link)

      const pulled = await request(`/api/articles/${created.body.doc.id}`, {
        method: 'PATCH',
        token: tokens.editor,
        json: { _status: 'draft' },
      })
      expect(pulled.status).toBe(200)
      expect((await request('/xa/cao-lau')).text).not.toContain(link)
      expect((await request(`/tin-tuc/${created.body.doc.slug}`)).status).toBe(404)
      expect((await request('/')).text).not.toContain(link)
    }
    expect(unrelatedStayedCached).toBe(true)
  })
})
