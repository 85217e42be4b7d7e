import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { ProgressChart } from '../../components/ProgressChart'

/** The commune progress chart as served: readable without the picture, and dated. */
const render = (points: { at: string; ntmMet: number; nangCaoMet: number }[]) =>
  renderToStaticMarkup(createElement(ProgressChart, { points, total: 19 }))

const CAO_LAU = [
  { at: '2022-12-31T00:00:00.000Z', ntmMet: 5, nangCaoMet: 0 },
  { at: '2023-06-30T00:00:00.000Z', ntmMet: 6, nangCaoMet: 0 },
  { at: '2023-12-31T00:00:00.000Z', ntmMet: 7, nangCaoMet: 0 },
  { at: '2024-06-30T00:00:00.000Z', ntmMet: 8, nangCaoMet: 0 },
]

describe('the progress chart (components/ProgressChart.tsx)', () => {
  it('has a title and a description saying what it shows, from the first to the last date', () => {
    const html = render(CAO_LAU)
    expect(html).toContain('<title id="tien-do-tieu-de">')
    expect(html).toContain(
      'Từ 31/12/2022 đến 30/6/2024, số tiêu chí NTM đạt tăng từ 5 lên 8 trên tổng số 19 tiêu chí.',
    )
    expect(html).toMatch(/aria-labelledby="tien-do-tieu-de tien-do-mo-ta"/)
  })

  it('dates its axis and labels every value and the total', () => {
    const svg = render(CAO_LAU).match(/<svg[^]*<\/svg>/)![0]
    for (const date of ['31/12/2022', '30/6/2023', '31/12/2023', '30/6/2024'])
      expect(svg).toContain(`>${date}<`)
    for (const value of ['5', '6', '7', '8', '19', '0']) expect(svg).toContain(`>${value}<`)
  })

  it('keeps at most four dates under the axis, first and last always', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({
      at: new Date(Date.UTC(2020, i * 3, 1)).toISOString(),
      ntmMet: i + 5,
      nangCaoMet: 0,
    }))
    const svg = render(many).match(/<svg[^]*<\/svg>/)![0]
    const dates = [...svg.matchAll(/>(\d{1,2}\/\d{1,2}\/\d{4})</g)].map((match) => match[1])
    expect(dates.length).toBeLessThanOrEqual(4)
    expect(dates[0]).toBe('1/1/2020')
    expect(dates.at(-1)).toBe('1/1/2022')
  })

  it('gives every number as text in a table, the advanced level when there is one', () => {
    const html = render([
      { at: '2023-06-30T00:00:00.000Z', ntmMet: 19, nangCaoMet: 4 },
      { at: '2024-06-30T00:00:00.000Z', ntmMet: 19, nangCaoMet: 7 },
    ])
    const table = html.match(/<table[^]*<\/table>/)![0]
    expect(table).toContain('<th scope="row">30/6/2024</th><td>19/19</td><td>7/19</td>')
    expect(html).toContain('progress-chart__advanced')
  })
})
