/**
 * The two national criteria sets. Names of the 2021–2025 set follow QĐ 318/QĐ-TTg; the
 * 2026–2030 names are abridged from press summaries of QĐ 51/2025/QĐ-TTg (unverified wording).
 * Indicator lists are partial examples, not the full official tables.
 */
import { slugify } from '../../lib/vi/slug'

export type CriterionSeed = {
  number: number
  name: string
  group?: { code: string; name: string }
  indicators?: { code: string; name: string; target?: string }[]
}

export type CriteriaSetSeed = {
  slug: string
  name: string
  legalBasis: string
  validFrom: string
  validTo: string
  description: string
  criteria: CriterionSeed[]
}

const g = (code: string, name: string) => ({ code, name })
const QUY_HOACH = g('I', 'Quy hoạch')
const HA_TANG = g('II', 'Hạ tầng kinh tế - xã hội')
const KINH_TE = g('III', 'Kinh tế và tổ chức sản xuất')
const VAN_HOA = g('IV', 'Văn hóa - Xã hội - Môi trường')
const CHINH_TRI = g('V', 'Hệ thống chính trị')

const SET_2021 = 'bo-tieu-chi-2021-2025'
const SET_2026 = 'bo-tieu-chi-2026-2030'

/** "2-giao-thong-2021-2025": readable, and unique across the two sets. */
export const criterionSlug = (setSlug: string, number: number, name: string): string =>
  `${number}-${slugify(name)}-${setSlug.replace(/^bo-tieu-chi-/, '')}`

export const criteriaSets: CriteriaSetSeed[] = [
  {
    slug: SET_2021,
    name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025',
    legalBasis: 'Quyết định số 318/QĐ-TTg ngày 8/3/2022 của Thủ tướng Chính phủ',
    validFrom: '2022-03-08T00:00:00.000Z',
    validTo: '2025-12-31T00:00:00.000Z',
    description:
      '19 tiêu chí trong 5 nhóm. Danh sách chỉ tiêu dưới đây là ví dụ, chưa đầy đủ (chưa kiểm chứng với văn bản gốc).',
    criteria: [
      {
        number: 1,
        name: 'Quy hoạch',
        group: QUY_HOACH,
        indicators: [
          {
            code: '1.1',
            name: 'Có quy hoạch chung xây dựng xã được phê duyệt và được công bố công khai đúng thời hạn',
            target: 'Đạt',
          },
          {
            code: '1.2',
            name: 'Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch',
            target: 'Đạt',
          },
        ],
      },
      { number: 2, name: 'Giao thông', group: HA_TANG },
      { number: 3, name: 'Thủy lợi và phòng, chống thiên tai', group: HA_TANG },
      {
        number: 4,
        name: 'Điện',
        group: HA_TANG,
        indicators: [
          { code: '4.1', name: 'Hệ thống điện đạt chuẩn', target: 'Đạt' },
          {
            code: '4.2',
            name: 'Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện thường xuyên, an toàn từ các nguồn',
            target: 'Theo vùng (chưa kiểm chứng)',
          },
        ],
      },
      { number: 5, name: 'Trường học', group: HA_TANG },
      { number: 6, name: 'Cơ sở vật chất văn hóa', group: HA_TANG },
      { number: 7, name: 'Cơ sở hạ tầng thương mại nông thôn', group: HA_TANG },
      { number: 8, name: 'Thông tin và Truyền thông', group: HA_TANG },
      { number: 9, name: 'Nhà ở dân cư', group: HA_TANG },
      { number: 10, name: 'Thu nhập', group: KINH_TE },
      { number: 11, name: 'Nghèo đa chiều', group: KINH_TE },
      { number: 12, name: 'Lao động', group: KINH_TE },
      { number: 13, name: 'Tổ chức sản xuất và phát triển kinh tế nông thôn', group: KINH_TE },
      { number: 14, name: 'Giáo dục và Đào tạo', group: VAN_HOA },
      { number: 15, name: 'Y tế', group: VAN_HOA },
      { number: 16, name: 'Văn hóa', group: VAN_HOA },
      { number: 17, name: 'Môi trường và an toàn thực phẩm', group: VAN_HOA },
      { number: 18, name: 'Hệ thống chính trị và tiếp cận pháp luật', group: CHINH_TRI },
      { number: 19, name: 'Quốc phòng và An ninh', group: CHINH_TRI },
    ],
  },
  {
    slug: SET_2026,
    name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026–2030',
    legalBasis: 'Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ',
    validFrom: '2026-02-15T00:00:00.000Z',
    validTo: '2030-12-31T00:00:00.000Z',
    description:
      '10 tiêu chí, 47 chỉ tiêu, ngưỡng khác nhau theo 3 nhóm xã. Tên tiêu chí rút gọn theo tin báo chí (chưa kiểm chứng với văn bản gốc).',
    criteria: [
      'Quy hoạch',
      'Hạ tầng kinh tế - xã hội',
      'Phát triển kinh tế nông thôn',
      'Đào tạo nguồn nhân lực',
      'Văn hóa - Giáo dục - Y tế',
      'Giảm nghèo và an sinh xã hội',
      'Khoa học công nghệ và chuyển đổi số',
      'Môi trường và cảnh quan',
      'Hệ thống chính trị và hành chính công',
      'Tiếp cận pháp luật và quốc phòng - an ninh',
    ].map((name, index) => ({ number: index + 1, name })),
  },
]
