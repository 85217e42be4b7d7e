/**
 * Cao Lộc district before 1/7/2025: 2 thị trấn and 20 xã. The per-commune statuses and counts
 * are ILLUSTRATIVE demo data chosen so that the district figures computed from them reproduce
 * the seed article (mid-2024): 10 xã recognised, 2 of them NTM nâng cao, an average of 14,5
 * criteria per xã, Cao Lâu at 8/19, Tân Liên at 7/19 of the nâng cao criteria. Which xã is
 * recognised, apart from Tân Liên (NTM 2020), is not taken from an official list.
 * The 2025 merger mapping is from a third-party dataset (unverified).
 */
export type CommuneSeed = {
  name: string
  slug: string
  kind: 'xa' | 'thi-tran'
  status: 'chua-dat' | 'dat-chuan' | 'nang-cao'
  recognitionYear?: number
  /** NTM-level criteria met (19 when recognised). */
  ntmMet: number
  /** nâng cao criteria met, for communes assessed at that level. */
  nangCaoMet?: number
  target?: { level: 'dat-chuan' | 'nang-cao'; year: number }
  mergedInto: string
  /** Earlier assessments, oldest first, saved before the current one so versions show progress. */
  earlier?: { on: string; ntmMet: number; nangCaoMet?: number }[]
}

/** The date of the current assessment in the demo data (the seed article is of 2/7/2024). */
export const CURRENT_ASSESSMENT = '2024-06-30'

/**
 * Order in which a commune's criteria are taken as met in the demo data: the ones communes
 * usually reach first (electricity, communications, defence) before the hard ones (income).
 */
export const ATTAINMENT_ORDER = [4, 8, 19, 1, 12, 18, 14, 15, 9, 3, 16, 11, 5, 2, 6, 7, 13, 17, 10]

export const MERGER_DECISION = 'Nghị quyết số 1672/NQ-UBTVQH15 (sắp xếp đơn vị hành chính cấp xã tỉnh Lạng Sơn)'
export const MERGER_NOTE = 'Thông tin sáp nhập lấy từ nguồn dữ liệu của bên thứ ba, chưa kiểm chứng.'
export const DEMO_NOTE = 'Số liệu minh họa cho bản trình diễn, không phải số liệu chính thức.'

const DONG_DANG = 'xã Đồng Đăng'
const CAO_LOC = 'xã Cao Lộc'
const CONG_SON = 'xã Công Sơn'
const BA_SON = 'xã Ba Sơn'
const KY_LUA = 'phường Kỳ Lừa'
const DONG_KINH = 'phường Đông Kinh'
const TAN_DOAN = 'xã Tân Đoàn'
const KHANH_KHE = 'xã Khánh Khê'

const recognised = (name: string, slug: string, mergedInto: string, extra: Partial<CommuneSeed> = {}): CommuneSeed => ({
  name,
  slug,
  kind: 'xa',
  status: 'dat-chuan',
  ntmMet: 19,
  mergedInto,
  ...extra,
})

const working = (name: string, slug: string, ntmMet: number, mergedInto: string, extra: Partial<CommuneSeed> = {}): CommuneSeed => ({
  name,
  slug,
  kind: 'xa',
  status: 'chua-dat',
  ntmMet,
  mergedInto,
  ...extra,
})

export const communes: CommuneSeed[] = [
  { name: 'Thị trấn Cao Lộc', slug: 'thi-tran-cao-loc', kind: 'thi-tran', status: 'chua-dat', ntmMet: 0, mergedInto: KY_LUA },
  { name: 'Thị trấn Đồng Đăng', slug: 'thi-tran-dong-dang', kind: 'thi-tran', status: 'chua-dat', ntmMet: 0, mergedInto: DONG_DANG },
  working('Xã Bảo Lâm', 'bao-lam', 12, DONG_DANG),
  recognised('Xã Bình Trung', 'binh-trung', KHANH_KHE),
  working('Xã Cao Lâu', 'cao-lau', 8, BA_SON, {
    target: { level: 'dat-chuan', year: 2024 },
    earlier: [
      { on: '2022-12-31', ntmMet: 5 },
      { on: '2023-06-30', ntmMet: 6 },
      { on: '2023-12-31', ntmMet: 7 },
    ],
  }),
  working('Xã Công Sơn', 'cong-son', 11, CONG_SON),
  recognised('Xã Gia Cát', 'gia-cat', KY_LUA, { status: 'nang-cao', nangCaoMet: 19 }),
  working('Xã Hải Yến', 'hai-yen', 10, CONG_SON),
  recognised('Xã Hòa Cư', 'hoa-cu', CONG_SON),
  recognised('Xã Hồng Phong', 'hong-phong', DONG_DANG),
  recognised('Xã Hợp Thành', 'hop-thanh', KY_LUA, { status: 'nang-cao', nangCaoMet: 19 }),
  working('Xã Lộc Yên', 'loc-yen', 9, CAO_LOC),
  working('Xã Mẫu Sơn', 'mau-son', 8, BA_SON),
  recognised('Xã Phú Xá', 'phu-xa', DONG_DANG),
  recognised('Xã Tân Liên', 'tan-lien', KY_LUA, {
    recognitionYear: 2020,
    nangCaoMet: 7,
    target: { level: 'nang-cao', year: 2024 },
    earlier: [
      { on: '2023-06-30', ntmMet: 19, nangCaoMet: 4 },
      { on: '2023-12-31', ntmMet: 19, nangCaoMet: 5 },
    ],
  }),
  working('Xã Tân Thành', 'tan-thanh', 12, TAN_DOAN),
  working('Xã Thạch Đạn', 'thach-dan', 10, CAO_LOC),
  working('Xã Thanh Lòa', 'thanh-loa', 11, CAO_LOC),
  recognised('Xã Thụy Hùng', 'thuy-hung', DONG_DANG),
  working('Xã Xuất Lễ', 'xuat-le', 9, BA_SON),
  recognised('Xã Xuân Long', 'xuan-long', KHANH_KHE),
  recognised('Xã Yên Trạch', 'yen-trach', DONG_KINH),
]
