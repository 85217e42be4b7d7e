/**
 * The demo's sites (`npm run demo`): Lạng Sơn's programme office as the province site, three of
 * the communes Cao Lộc's were merged into on 1/7/2025 with their own news and figures, and the
 * district's pre-merger portal as an archived site. Names of the new communes follow the
 * (unverified) mapping in seed/data/communes.ts; everything they publish here is ILLUSTRATIVE.
 */
import { p } from '../lexical'
import { DEMO_NOTE, MERGER_DECISION } from './communes'

const vn = (local: string) => new Date(`${local}+07:00`).toISOString()

export const PROVINCE_SITE = {
  name: 'Văn phòng Điều phối nông thôn mới tỉnh Lạng Sơn',
  slug: 'tinh-lang-son',
  kind: 'tinh' as const,
  address: 'Thành phố Lạng Sơn, tỉnh Lạng Sơn (địa chỉ minh họa)',
  email: 'ntm@example.vn',
}

export const ARCHIVE_SITE = {
  name: 'Huyện Cao Lộc (lưu trữ trước 1/7/2025)',
  slug: 'huyen-cao-loc',
  kind: 'luu-tru' as const,
  archivedFrom: '2025-07-01T00:00:00.000Z',
}

export type CommuneSiteSeed = {
  name: string
  slug: string
  /** The new unit's entry in the shared registry (its own slug there). */
  commune: { slug: string; status: 'chua-dat' | 'dat-chuan'; ntmMet: number; formedFrom: string[] }
  address: string
  articles: {
    slug: string
    title: string
    summary: string
    publishedAt: string
    body: string[]
  }[]
  event: { slug: string; title: string; startsAt: string; endsAt: string; location: string }
}

export const COMMUNE_SITES: CommuneSiteSeed[] = [
  {
    name: 'Xã Ba Sơn',
    slug: 'ba-son',
    commune: { slug: 'xa-ba-son', status: 'chua-dat', ntmMet: 9, formedFrom: ['Xã Mẫu Sơn', 'Xã Cao Lâu', 'Xã Xuất Lễ'] },
    address: 'Xã Ba Sơn, tỉnh Lạng Sơn (địa chỉ minh họa)',
    articles: [
      {
        slug: 'ba-son-ra-soat-tieu-chi-sau-sap-xep',
        title: 'Xã Ba Sơn rà soát bộ tiêu chí nông thôn mới sau sắp xếp',
        summary: 'Bài mẫu: xã mới Ba Sơn tổng hợp kết quả của ba xã cũ và lập lộ trình cho từng tiêu chí.',
        publishedAt: vn('2025-09-12T09:00:00'),
        body: [
          'Sau khi sắp xếp đơn vị hành chính từ ngày 1/7/2025, UBND xã Ba Sơn đã rà soát lại kết quả thực hiện các tiêu chí nông thôn mới của ba xã cũ Mẫu Sơn, Cao Lâu và Xuất Lễ.',
          `Bài viết minh họa cho bản trình diễn. ${DEMO_NOTE}`,
        ],
      },
    ],
    event: {
      slug: 'ba-son-hoi-nghi-trien-khai-ntm-2026',
      title: 'Hội nghị triển khai xây dựng nông thôn mới xã Ba Sơn năm 2026',
      startsAt: vn('2026-12-15T08:00:00'),
      endsAt: vn('2026-12-15T11:00:00'),
      location: 'UBND xã Ba Sơn',
    },
  },
  {
    name: 'Xã Công Sơn',
    slug: 'cong-son',
    commune: { slug: 'xa-cong-son', status: 'chua-dat', ntmMet: 13, formedFrom: ['Xã Hòa Cư', 'Xã Hải Yến', 'Xã Công Sơn'] },
    address: 'Xã Công Sơn, tỉnh Lạng Sơn (địa chỉ minh họa)',
    articles: [
      {
        slug: 'cong-son-duong-giao-thong-nong-thon',
        title: 'Xã Công Sơn huy động nguồn lực làm đường giao thông nông thôn',
        summary: 'Bài mẫu: người dân hiến đất, góp ngày công mở rộng các tuyến đường liên thôn.',
        publishedAt: vn('2025-10-20T15:00:00'),
        body: [
          'Người dân các thôn của xã Công Sơn đã tự nguyện hiến đất, góp ngày công để mở rộng các tuyến đường liên thôn.',
          `Bài viết minh họa cho bản trình diễn. ${DEMO_NOTE}`,
        ],
      },
    ],
    event: {
      slug: 'cong-son-ra-quan-lam-duong',
      title: 'Ra quân làm đường giao thông nông thôn xã Công Sơn',
      startsAt: vn('2026-12-20T07:00:00'),
      endsAt: vn('2026-12-20T17:00:00'),
      location: 'Các thôn xã Công Sơn',
    },
  },
  {
    name: 'Xã Đồng Đăng',
    slug: 'dong-dang',
    commune: {
      slug: 'xa-dong-dang',
      status: 'dat-chuan',
      ntmMet: 19,
      formedFrom: ['Thị trấn Đồng Đăng', 'Xã Thụy Hùng', 'Xã Phú Xá', 'Xã Hồng Phong', 'Xã Bảo Lâm'],
    },
    address: 'Xã Đồng Đăng, tỉnh Lạng Sơn (địa chỉ minh họa)',
    articles: [
      {
        slug: 'dong-dang-giu-vung-tieu-chi-ntm',
        title: 'Xã Đồng Đăng giữ vững các tiêu chí nông thôn mới',
        summary: 'Bài mẫu: xã Đồng Đăng duy trì 19/19 tiêu chí và hướng tới nông thôn mới nâng cao.',
        publishedAt: vn('2025-11-05T10:00:00'),
        body: [
          'Xã Đồng Đăng tiếp tục duy trì và nâng cao chất lượng các tiêu chí nông thôn mới sau sắp xếp.',
          `Bài viết minh họa cho bản trình diễn. ${DEMO_NOTE}`,
        ],
      },
    ],
    event: {
      slug: 'dong-dang-tong-ket-ntm-2026',
      title: 'Tổng kết xây dựng nông thôn mới xã Đồng Đăng năm 2026',
      startsAt: vn('2026-12-28T08:00:00'),
      endsAt: vn('2026-12-28T11:30:00'),
      location: 'UBND xã Đồng Đăng',
    },
  },
]

export const PROVINCE_ARTICLE = {
  slug: 'lang-son-tong-ket-sap-xep-don-vi-hanh-chinh-ntm',
  title: 'Lạng Sơn tiếp tục chương trình nông thôn mới sau sắp xếp đơn vị hành chính',
  summary: `Bài mẫu: các xã mới kế thừa kết quả của các xã cũ theo ${MERGER_DECISION}.`,
  publishedAt: vn('2025-08-01T09:00:00'),
  body: [
    'Từ ngày 1/7/2025, cấp huyện kết thúc hoạt động; các xã mới kế thừa kết quả xây dựng nông thôn mới của các xã cũ.',
    `Bài viết minh họa cho bản trình diễn. ${DEMO_NOTE}`,
  ].map((text) => p(text)),
}

export const paragraphs = (texts: string[]) => texts.map((text) => p(text))
