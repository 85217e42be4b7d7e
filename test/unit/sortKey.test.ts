import { describe, expect, it } from 'vitest'

import { communes } from '../../seed/data/communes'
import { compareVietnamese } from '../../lib/vi/collate'
import { vietnameseSortKey } from '../../lib/vi/sortKey'

const byKey = (names: string[]) =>
  [...names].sort((a, b) => {
    const [x, y] = [vietnameseSortKey(a), vietnameseSortKey(b)]
    return x < y ? -1 : x > y ? 1 : 0
  })

const NAMES = [
  ...communes.map((commune) => commune.name),
  'Bảo Lâm',
  'Bình Trung',
  'Tân Liên',
  'Thụy Hùng',
  'Thạch Đạn',
  'Thanh Lòa',
  'Đồng Đăng',
  'Dương Đông',
  'An',
  'An Bình',
  'Ân Thi',
  'Ăn',
  'Ba',
  'Bà',
  'Bả',
  'Bã',
  'Bá',
  'Bạ',
  'ba',
  'BA',
  'Bắc Ninh',
  'Bấc',
  'Cao Lộc',
  'Cao Lâu',
  'Cao Lâu 2',
  'Cao Lâu 10',
  'Ơn',
  'Ôn',
  'On',
  'Ưng',
  'Ung',
  'Yên Trạch',
  'Xuân Long',
  'Hòa Cư',
  'Hoà Cư',
  'Hóa',
  'Hỏa',
  'Hợp Thành',
  'Gia Cát',
  'Nhất Hòa',
  'Nguyễn Văn A',
  'Phường Tam Thanh',
  'Thị trấn Đồng Đăng',
  'Xã Công Sơn',
  'Xã Cao Lâu',
  'Xã Tân Liên',
]

describe('vietnameseSortKey', () => {
  it('orders names by character code exactly as Intl.Collator("vi") does', () => {
    const expected = [...NAMES].sort(compareVietnamese)
    expect(byKey(NAMES)).toEqual(expected)
  })

  it('orders every pair of names as the collator does', () => {
    for (const a of NAMES) {
      for (const b of NAMES) {
        const collator = Math.sign(compareVietnamese(a, b))
        const key = Math.sign(
          vietnameseSortKey(a) < vietnameseSortKey(b)
            ? -1
            : vietnameseSortKey(a) > vietnameseSortKey(b)
              ? 1
              : 0,
        )
        if (collator !== 0) expect([a, b, key]).toEqual([a, b, collator])
      }
    }
  })

  it('gives composed and decomposed spellings the same key (Hòa typed either way)', () => {
    expect(vietnameseSortKey('Hòa Cư')).toBe(vietnameseSortKey('Hòa Cư'.normalize('NFD')))
  })
})
