import { describe, expect, it } from 'vitest'

import { t } from '../../lib/i18n'
import { figureLines, figureNotes } from '../../lib/programme/figureLines'
import { nearestToTarget, programmeFigures, standingOf, targetGapOf } from '../../lib/programme/figures'
import { byVietnameseName } from '../../lib/vi/collate'
import type { Commune } from '../../payload-types'
import { communes as seedCommunes } from '../../seed/data/communes'

/**
 * One definition per programme figure, stated against the seed article ("Đến nay, toàn huyện có
 * 10 xã được công nhận đạt chuẩn NTM, trong đó có 2 xã đạt chuẩn NTM nâng cao; bình quân mỗi xã
 * đạt 14,5 tiêu chí. … xã Cao Lâu … đã đạt 8/19 tiêu chí; xã Tân Liên, xã điểm phấn đấu đạt chuẩn
 * NTM nâng cao năm 2024 đến nay đạt 7/19 tiêu chí") and the demo registry made from it.
 */
const TOTAL = 19
const communes = seedCommunes.map(
  (seed, index) =>
    ({
      id: index + 1,
      name: seed.name,
      slug: seed.slug,
      kind: seed.kind,
      status: seed.status,
      target: seed.target ?? null,
      progress: { ntmMet: seed.ntmMet, nangCaoMet: seed.nangCaoMet ?? 0, total: TOTAL },
    }) as unknown as Commune,
)
const named = (name: string) => communes.find((commune) => commune.name === name)!

describe('the programme’s figures (lib/programme/figures.ts)', () => {
  const figures = programmeFigures(communes)

  it('đạt chuẩn counts every recognised xã, nâng cao and kiểu mẫu are parts of it', () => {
    expect(figures.recognised).toBe(10)
    expect(figures.advanced).toBe(2)
    expect(figures.model).toBe(0)
  })

  it('đạt chuẩn and chưa đạt add up to the xã counted; thị trấn are outside, not “chưa đạt”', () => {
    expect(figures.communes).toBe(20)
    expect(figures.notYet).toBe(10)
    expect(figures.recognised + figures.notYet).toBe(figures.communes)
    expect(figures.notApplicable).toBe(2)
    expect(standingOf(named('Thị trấn Cao Lộc'))).toBe('khong-ap-dung')
    expect(communes.filter((c) => standingOf(c) === 'chua-dat')).toHaveLength(figures.notYet)
  })

  it('the average is NTM criteria per xã: 14,5', () => {
    expect(figures.averageCriteriaMet).toBe(14.5)
    const average = figureLines(figures, t.dashboard).find((line) => line.key === 'average')
    expect(average?.value).toBe('14,5')
  })

  it('says what it counts: “trong đó” for the parts, the total and the units left out', () => {
    const [recognised, notYet] = figureLines(figures, t.dashboard)
    expect(`${recognised.value} ${recognised.caption}, ${recognised.detail}`).toBe(
      '10 xã đạt chuẩn NTM, trong đó 2 xã đạt NTM nâng cao, 0 xã đạt NTM kiểu mẫu',
    )
    expect(`${notYet.value} ${notYet.caption}`).toBe('10 xã chưa đạt chuẩn NTM')
    const notes = figureNotes(figures, t.dashboard).join(' ')
    expect(notes).toContain('Trên tổng số 20 xã')
    expect(notes).toContain('Không tính 2 thị trấn, phường')
  })

  it('counts each xã’s progress at the level it works towards', () => {
    expect(targetGapOf(named('Xã Cao Lâu'))).toMatchObject({
      level: 'dat-chuan',
      met: 8,
      total: 19,
      remaining: 11,
    })
    expect(targetGapOf(named('Xã Tân Liên'))).toMatchObject({
      level: 'nang-cao',
      met: 7,
      total: 19,
      remaining: 12,
    })
    // Recognised with no further target: nothing to reach.
    expect(targetGapOf(named('Xã Bình Trung'))).toBeNull()
    expect(targetGapOf(named('Thị trấn Cao Lộc'))).toBeNull()
  })

  it('“closest to target” is fewest criteria left, ties in Vietnamese order', () => {
    const nearest = nearestToTarget(communes, 5)
    const remaining = nearest.map((gap) => gap.remaining)
    expect(remaining).toEqual([...remaining].sort((a, b) => a - b))
    expect(nearest.map((gap) => `${gap.commune.name} ${gap.met}/${gap.total}`).slice(0, 2)).toEqual([
      'Xã Bảo Lâm 12/19',
      'Xã Tân Thành 12/19',
    ])
    // Cao Lâu (8/19, 11 left) never ranks above a xã at 12/19 (7 left).
    const all = nearestToTarget(communes, 100)
    const index = (name: string) => all.findIndex((gap) => gap.commune.name === name)
    expect(index('Xã Cao Lâu')).toBeGreaterThan(index('Xã Bảo Lâm'))
  })
})

describe('names in Vietnamese order (lib/vi/collate.ts)', () => {
  it('puts Bảo Lâm before Bình Trung and Tân Liên before Thụy Hùng, unlike character codes', () => {
    const names = byVietnameseName(communes.filter((c) => c.kind === 'xa')).map((c) => c.name)
    expect(names.indexOf('Xã Bảo Lâm')).toBeLessThan(names.indexOf('Xã Bình Trung'))
    expect(names.indexOf('Xã Tân Liên')).toBeLessThan(names.indexOf('Xã Thụy Hùng'))
    expect(names.indexOf('Xã Hòa Cư')).toBeLessThan(names.indexOf('Xã Hồng Phong'))
    expect([...names].sort()).not.toEqual(names)
  })
})
