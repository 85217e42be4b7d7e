import { describe, expect, it } from 'vitest'

import { criteriaMet, duplicateRowIndexes } from '../../lib/programme/attainment'
import { programmeFigures } from '../../lib/programme/figures'
import { safeHref } from '../../lib/routes'

describe('criteriaMet', () => {
  const rows = [
    { criterion: 1, level: 'ntm' as const, achieved: true },
    { criterion: 2, level: 'ntm' as const, achieved: false },
    { criterion: 3, level: 'nang-cao' as const, achieved: true },
    { criterion: { id: 1 }, level: 'nang-cao' as const, achieved: true },
  ]

  it('counts each criterion once, an advanced pass counting at the NTM level too', () => {
    expect(criteriaMet(rows, 'ntm').sort()).toEqual([1, 3])
    expect(criteriaMet(rows, 'nang-cao').sort()).toEqual([1, 3])
  })

  it('ignores rows without a criterion', () => {
    expect(criteriaMet([{ criterion: null, achieved: true, level: 'ntm' }], 'ntm')).toEqual([])
  })

  it('finds repeated (criterion, level) rows', () => {
    expect(duplicateRowIndexes([...rows, { criterion: 2, level: 'ntm', achieved: true }])).toEqual([4])
  })
})

describe('programmeFigures', () => {
  it('counts xã only and averages NTM criteria met', () => {
    const figures = programmeFigures([
      { kind: 'xa', status: 'dat-chuan', progress: { ntmMet: 19 } },
      { kind: 'xa', status: 'nang-cao', progress: { ntmMet: 19 } },
      { kind: 'xa', status: 'chua-dat', progress: { ntmMet: 8 } },
      { kind: 'xa', status: 'chua-dat', progress: { ntmMet: 12 } },
      { kind: 'thi-tran', status: 'chua-dat', progress: { ntmMet: 0 } },
    ])
    expect(figures).toEqual({
      communes: 4,
      recognised: 2,
      advanced: 1,
      model: 0,
      notYet: 2,
      notApplicable: 1,
      averageCriteriaMet: 14.5,
    })
  })
})

describe('safeHref', () => {
  it.each([
    ['https://baolangson.vn/a', 'https://baolangson.vn/a'],
    ['/tin-tuc/abc', '/tin-tuc/abc'],
    ['mailto:a@b.vn', 'mailto:a@b.vn'],
  ])('keeps %s', (input, output) => expect(safeHref(input)).toBe(output))

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,<script>',
    '//evil.example',
    'vbscript:x',
  ])('drops %s', (input) => expect(safeHref(input)).toBeUndefined())
})
