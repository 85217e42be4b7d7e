import { beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, ensureStaff, request, type StaffTokens } from '../helpers/http'

/** Draft preview on the real public pages, for logged-in staff only. */
const DRAFT_SLUG = 'ban-nhap-ke-hoach-tham-dinh-xa-cao-lau'
const DRAFT_TITLE = 'Bản nháp: Kế hoạch thẩm định xã Cao Lâu'
let tokens: StaffTokens

/** Turns draft mode on through /xem-truoc and returns the cookies a browser would then send. */
const enterPreview = async (token: string, path: string) => {
  const response = await fetch(`${baseUrl()}/xem-truoc?path=${encodeURIComponent(path)}`, {
    headers: { Cookie: `payload-token=${token}` },
    redirect: 'manual',
  })
  const draftCookie = (response.headers.getSetCookie?.() ?? [])
    .map((cookie) => cookie.split(';')[0])
    .find((cookie) => cookie.startsWith('__prerender_bypass='))
  return { response, cookie: `payload-token=${token}; ${draftCookie}`, draftCookie }
}

beforeAll(async () => {
  tokens = await ensureStaff()
})

describe('draft preview', () => {
  it('shows a draft on its real page to an editor and a journalist, not to anyone else', async () => {
    expect((await request(`/tin-tuc/${DRAFT_SLUG}`)).status).toBe(404)
    for (const role of ['editor', 'journalist'] as const) {
      const { response, cookie } = await enterPreview(tokens[role], `/tin-tuc/${DRAFT_SLUG}`)
      expect(response.status).toBe(307)
      expect(response.headers.get('location')).toContain(`/tin-tuc/${DRAFT_SLUG}`)
      const page = await request(`/tin-tuc/${DRAFT_SLUG}`, { headers: { Cookie: cookie } })
      expect(page.status, role).toBe(200)
      expect(page.text).toContain(DRAFT_TITLE)
      expect(page.text).toContain('Bản nháp: chỉ người quản trị nhìn thấy trang này.')
    }
    // Still nothing for readers.
    expect((await request(`/tin-tuc/${DRAFT_SLUG}`)).status).toBe(404)
  })

  it('needs a session: the draft-mode cookie alone shows nothing, and /xem-truoc refuses anonymous users', async () => {
    const { draftCookie } = await enterPreview(tokens.editor, `/tin-tuc/${DRAFT_SLUG}`)
    const stolen = await request(`/tin-tuc/${DRAFT_SLUG}`, { headers: { Cookie: String(draftCookie) } })
    expect(stolen.status).toBe(404)
    expect((await request(`/xem-truoc?path=/tin-tuc/${DRAFT_SLUG}`)).status).toBe(401)
  })

  it('refuses paths off the site', async () => {
    for (const path of ['//evil.example/', 'https://evil.example/']) {
      const { response } = await enterPreview(tokens.editor, path)
      expect(response.status).toBe(400)
    }
  })
})
