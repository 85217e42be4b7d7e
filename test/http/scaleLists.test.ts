import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CHART_ROWS } from '../../components/ProgrammeDashboard'
import { GROUP_AFTER } from '../../components/CommuneDirectory'
import { ensureStaff } from '../helpers/http'
import { isolatedDatabase } from '../helpers/servers'

/**
 * Lists that must not grow with the content, on a database of this file's own with more units
 * than a district has: /xa groups them by the commune each became part of, and the home page's
 * chart shows at most CHART_ROWS xã with a link to the rest.
 */
const EXTRA = GROUP_AFTER + 5
const MERGED = ['Xã Yên Bình', 'Xã Ái Quốc', 'Xã Bằng Mạc']

let database: Awaited<ReturnType<typeof isolatedDatabase>>
let url: string

beforeAll(async () => {
  const tokens = await ensureStaff()
  database = await isolatedDatabase('scale-lists')
  url = (await database.start()).url
  const set = (await (await fetch(`${url}/api/criteria-sets?limit=1&depth=0`)).json()).docs[0].id
  for (let n = 0; n < EXTRA; n++) {
    const created = await fetch(`${url}/api/communes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens.editor}` },
      body: JSON.stringify({
        name: `Xã Nhóm Thử ${n + 1}`,
        kind: 'xa',
        status: 'chua-dat',
        criteriaSet: set,
        history: { mergedIntoName: MERGED[n % MERGED.length] },
      }),
    })
    expect(created.status, await created.text()).toBe(201)
  }
}, 120_000)
afterAll(async () => database?.stop())

describe('lists at scale', () => {
  it('/xa groups the units by the commune they became part of, in Vietnamese order', async () => {
    const html = await (await fetch(`${url}/xa`)).text()
    const headings = [...html.matchAll(/<h2 id="nhom-[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1])
    const merged = headings.filter((h) => MERGED.some((name) => h.includes(name)))
    expect(merged).toEqual(['Nay thuộc Xã Ái Quốc', 'Nay thuộc Xã Bằng Mạc', 'Nay thuộc Xã Yên Bình'])
    expect(html.match(/Xã Nhóm Thử \d+/g)?.length).toBeGreaterThanOrEqual(EXTRA)
  })

  it('the home page charts at most CHART_ROWS xã and links to all of them', async () => {
    const html = await (await fetch(`${url}/`)).text()
    const chart = html.slice(
      html.indexOf('class="bar-chart"'),
      html.indexOf('</table>', html.indexOf('class="bar-chart"')),
    )
    expect(chart.match(/<tr>/g)?.length).toBe(CHART_ROWS + 1)
    expect(html).toMatch(/<a href="\/xa">Xem đủ \d+ xã<\/a>/)
  })
})
