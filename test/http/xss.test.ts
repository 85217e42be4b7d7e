import { beforeAll, describe, expect, it } from 'vitest'

import { editorState, p } from '../../seed/lexical'
import { ensureStaff, request, type StaffTokens } from '../helpers/http'
import { expectInert } from '../helpers/inert'

/**
 * Script in any text or link field of an article never runs on the public site: what an editor
 * types is text, links keep only http(s), mailto, tel and site paths, and link fields refuse
 * anything else at save time.
 */
const SCRIPT = '<script>alert("xss")</script>'
const IMG = '<img src=x onerror=alert(1)>'
const SVG = '"><svg onload=alert(1)>'

let tokens: StaffTokens

const link = (url: string, label: string) => ({
  type: 'link',
  children: [{ type: 'text', text: label, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 3,
  fields: { linkType: 'custom', url, newTab: false },
})

beforeAll(async () => {
  tokens = await ensureStaff()
})

describe('XSS payloads in article fields', () => {
  it('render as text on the article page, the home page, lists and search', async () => {
    const created = await request('/api/articles', {
      method: 'POST',
      token: tokens.editor,
      json: {
        title: `Tiêu đề ${SCRIPT}`,
        summary: `Sa pô ${IMG}`,
        byline: `Tác giả ${SVG}`,
        coverCaption: `Chú thích ${SCRIPT}`,
        source: { name: `Nguồn ${IMG}` },
        body: {
          root: {
            ...editorState([p(`Đoạn văn ${SCRIPT} ${IMG}`)]).root,
            children: [
              p(`Đoạn văn ${SCRIPT} ${IMG}`),
              {
                ...p(''),
                children: [link('https://baolangson.vn/', 'an toàn'), link('/xa/cao-lau', 'trong trang')],
              },
            ],
          },
        },
        _status: 'published',
      },
    })
    expect(created.status, created.text).toBe(201)
    const slug = created.body.doc.slug
    for (const path of [
      `/tin-tuc/${slug}`,
      '/',
      '/tin-tuc',
      `/tim-kiem?q=${encodeURIComponent('Tiêu đề')}`,
    ]) {
      const page = await request(path)
      expect(page.status, path).toBe(200)
      expectInert(page.text)
      if (path !== '/tin-tuc') expect(page.text, path).toContain('&lt;script&gt;')
    }
    const article = await request(`/tin-tuc/${slug}`)
    expect(article.text).toContain('href="https://baolangson.vn/"')
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
  ])(
    'refuses %j as a source link with a field error, and as a body link it is never rendered as a link',
    async (url) => {
      const source = await request('/api/articles', {
        method: 'POST',
        token: tokens.editor,
        json: { title: 'Nguồn độc', source: { name: 'x', url }, _status: 'published' },
      })
      expect(source.status).toBe(400)
      expect(JSON.stringify(source.body)).toContain('source.url')

      const body = await request('/api/articles', {
        method: 'POST',
        token: tokens.editor,
        json: {
          title: `Liên kết độc ${url.length}-${Date.now()}`,
          body: {
            root: { ...editorState([]).root, children: [{ ...p(''), children: [link(url, 'bấm vào')] }] },
          },
          _status: 'published',
        },
      })
      // Either the editor refuses it, or the page shows it as plain text.
      if (body.status === 201) {
        const page = await request(`/tin-tuc/${body.body.doc.slug}`)
        expect(page.status).toBe(200)
        expectInert(page.text)
        expect(page.text).toContain('bấm vào')
      } else {
        expect(body.status).toBe(400)
      }
    },
  )
})
