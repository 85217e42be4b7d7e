import { beforeAll, describe, expect, it } from 'vitest'

import { editorState, p } from '../../seed/lexical'
import { ensureStaff, graphql, request, type StaffTokens } from '../helpers/http'

/** A published article that links to a draft (Lexical internal link) does not reveal the draft. */
let tokens: StaffTokens

beforeAll(async () => {
  tokens = await ensureStaff()
})

describe('relationships populated through depth', () => {
  it('never reveal a draft article, on REST, GraphQL or the page', async () => {
    const secret = `Bài nháp bí mật ${Date.now()}`
    const draft = await request('/api/articles?draft=true', {
      method: 'POST',
      token: tokens.editor,
      json: { title: secret, summary: 'Chưa được công bố' },
    })
    expect(draft.status, draft.text).toBe(201)
    const link = {
      type: 'link',
      children: [
        { type: 'text', text: 'xem thêm', detail: 0, format: 0, mode: 'normal', style: '', version: 1 },
      ],
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 3,
      fields: {
        linkType: 'internal',
        newTab: false,
        doc: { relationTo: 'articles', value: draft.body.doc.id },
      },
    }
    const published = await request('/api/articles', {
      method: 'POST',
      token: tokens.editor,
      json: {
        title: `Bài công khai có liên kết ${Date.now()}`,
        body: { root: { ...editorState([]).root, children: [{ ...p(''), children: [link] }] } },
        _status: 'published',
      },
    })
    expect(published.status, published.text).toBe(201)
    const { id, slug } = published.body.doc
    for (const depth of [0, 1, 2, 3]) {
      const answer = await request(`/api/articles/${id}?depth=${depth}`)
      expect(answer.status).toBe(200)
      expect(answer.text, `depth ${depth}`).not.toContain(secret)
      expect(answer.text, `depth ${depth}`).not.toContain(draft.body.doc.slug)
    }
    const gql = await graphql(`{ Articles(where: { id: { equals: ${id} } }) { docs { title body } } }`)
    expect(JSON.stringify(gql.body)).not.toContain(secret)
    const page = await request(`/tin-tuc/${slug}`)
    expect(page.status).toBe(200)
    expect(page.text).not.toContain(secret)
    expect(page.text).not.toContain(`/tin-tuc/${draft.body.doc.slug}`)
  })
})
