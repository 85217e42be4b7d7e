import { type Block, bullets, h2, image, p, quote } from '../lexical'
import { DEMO_NOTE } from './communes'

/**
 * Demo content. The first article is the real one in shared/seed-article.txt (Báo Lạng Sơn,
 * 2/7/2024) with its source line; the others are clearly marked demo articles. Images are
 * simple illustrations shipped in seed/media, not press photos.
 */
export const categories = [
  { slug: 'tin-tuc-su-kien', name: 'Tin tức - Sự kiện', description: 'Tin hoạt động xây dựng nông thôn mới.' },
  { slug: 'thong-tin-tuyen-truyen', name: 'Thông tin tuyên truyền', description: 'Tuyên truyền, vận động người dân.' },
  { slug: 'thong-tin-tong-hop', name: 'Thông tin tổng hợp', description: 'Số liệu, báo cáo tổng hợp.' },
]

export const media = [
  { key: 'hoi-nghi', filename: 'hoi-nghi-so-ket.jpg', alt: 'Hình minh họa: hội trường với hàng ghế đại biểu trước bàn chủ tọa', caption: 'Các đại biểu tham dự hội nghị' },
  { key: 'phat-bieu', filename: 'dai-bieu-phat-bieu.jpg', alt: 'Hình minh họa: một người phát biểu tại bục', caption: 'Các đại biểu tham gia ý kiến tại hội nghị' },
  { key: 'ra-quan', filename: 'ra-quan-ntm.jpg', alt: 'Hình minh họa: hàng người trên cánh đồng trong ngày ra quân', caption: 'Người dân ra quân xây dựng nông thôn mới (ảnh minh họa)' },
  { key: 'duong', filename: 'duong-giao-thong-nong-thon.jpg', alt: 'Hình minh họa: con đường bê tông dẫn vào thôn giữa đồng lúa', caption: 'Đường giao thông nông thôn (ảnh minh họa)' },
]

const vn = (isoLocal: string) => new Date(`${isoLocal}+07:00`).toISOString()

export const events = [
  {
    slug: 'hoi-nghi-so-ket-ntm-6-thang-dau-nam-2024',
    title: 'Hội nghị sơ kết chương trình xây dựng nông thôn mới 6 tháng đầu năm 2024',
    kind: 'hoi-nghi' as const,
    startsAt: vn('2024-07-02T08:00:00'),
    endsAt: vn('2024-07-02T11:30:00'),
    location: 'UBND huyện Cao Lộc',
    organiser: 'UBND huyện Cao Lộc',
    communeSlugs: ['cao-lau', 'tan-lien'],
    participants: 0,
    contributions: { fromResidents: 0, fromOrganisations: 0 },
    description:
      'Sơ kết chương trình MTQG xây dựng NTM 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. (Giờ họp là giờ minh họa.)',
  },
  {
    slug: 'ra-quan-xay-dung-ntm-6-thang-dau-nam-2024',
    title: 'Ra quân xây dựng nông thôn mới tại các xã 6 tháng đầu năm 2024',
    kind: 'ra-quan' as const,
    startsAt: vn('2024-01-01T07:00:00'),
    endsAt: vn('2024-06-30T17:00:00'),
    location: 'Các xã trên địa bàn huyện Cao Lộc',
    organiser: 'UBND các xã',
    communeSlugs: 'all-xa' as const,
    participants: 18_000,
    contributions: { fromResidents: 130_000_000, fromOrganisations: 600_000_000 },
    description:
      '100% các xã tổ chức ra quân với gần 18.000 lượt người tham gia; người dân đóng góp trên 130 triệu đồng, các cơ quan, đơn vị, doanh nghiệp đăng ký ủng hộ trên 600 triệu đồng (số liệu theo bài sơ kết ngày 2/7/2024; con số ghi là mức tối thiểu).',
  },
  {
    slug: 'tap-huan-bo-tieu-chi-2026-2030',
    title: 'Tập huấn triển khai Bộ tiêu chí xã nông thôn mới giai đoạn 2026–2030',
    kind: 'tap-huan' as const,
    startsAt: vn('2027-03-10T08:00:00'),
    endsAt: vn('2027-03-10T16:30:00'),
    location: 'Hội trường UBND xã (sự kiện mẫu)',
    organiser: 'Văn phòng Điều phối NTM (sự kiện mẫu)',
    communeSlugs: [],
    participants: 0,
    contributions: { fromResidents: 0, fromOrganisations: 0 },
    description: `Sự kiện mẫu cho bản trình diễn. ${DEMO_NOTE}`,
  },
]

export type ArticleSeed = {
  slug: string
  title: string
  summary: string
  category: string
  publishedAt: string
  status: 'published' | 'draft'
  featured?: boolean
  cover?: string
  coverCaption?: string
  byline?: string
  source?: { name: string; url: string }
  communeSlugs: string[]
  criteriaNumbers: number[]
  eventSlugs: string[]
  body: Block[]
}

export const SEED_ARTICLE_SLUG = 'ubnd-huyen-cao-loc-so-ket-cong-tac-xay-dung-nong-thon-moi-6-thang-dau-nam'

export const articles: ArticleSeed[] = [
  {
    slug: SEED_ARTICLE_SLUG,
    title: 'UBND huyện Cao Lộc sơ kết công tác xây dựng nông thôn mới 6 tháng đầu năm',
    summary:
      'Ngày 2/7, UBND huyện Cao Lộc tổ chức hội nghị sơ kết chương trình mục tiêu quốc gia xây dựng nông thôn mới (NTM) 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.',
    category: 'tin-tuc-su-kien',
    publishedAt: vn('2024-07-02T16:00:00'),
    status: 'published',
    featured: true,
    cover: 'hoi-nghi',
    coverCaption: 'Các đại biểu tham dự hội nghị',
    source: {
      name: 'Báo Lạng Sơn',
      url: 'https://baolangson.vn/ubnd-huyen-cao-loc-so-ket-cong-tac-xay-dung-nong-thon-moi-6-thang-dau-nam-5013560.html',
    },
    communeSlugs: ['cao-lau', 'tan-lien'],
    criteriaNumbers: [],
    eventSlugs: ['hoi-nghi-so-ket-ntm-6-thang-dau-nam-2024', 'ra-quan-xay-dung-ntm-6-thang-dau-nam-2024'],
    body: [
      p('Trong 6 tháng đầu năm 2024, chương trình xây dựng NTM trên địa bàn huyện Cao Lộc tiếp tục được các cấp, ngành liên quan quan tâm chỉ đạo sát sao. Bên cạnh việc lồng ghép, phân bổ nguồn lực, UBND huyện đã chỉ đạo các cơ quan liên quan, UBND các xã đẩy mạnh công tác tuyên truyền, vận động huy động sự chung sức của người dân để cùng thực hiện các tiêu chí. Trong đó, 100% các xã tổ chức ra quân triển khai các hoạt động xây dựng NTM với gần 18.000 lượt người tham gia. Người dân các xã đóng góp trên 130 triệu đồng; các cơ quan, đơn vị, doanh nghiệp trên địa bàn huyện đăng ký ủng hộ trên 600 triệu đồng xây dựng NTM…'),
      p('Đến nay, toàn huyện có 10 xã được công nhận đạt chuẩn NTM, trong đó có 2 xã đạt chuẩn NTM nâng cao; bình quân mỗi xã đạt 14,5 tiêu chí. Đối với xã Cao Lâu, xã điểm phấn đấu đạt chuẩn NTM năm 2024, đến nay đã đạt 8/19 tiêu chí; xã Tân Liên, xã điểm phấn đấu đạt chuẩn NTM nâng cao năm 2024 đến nay đạt 7/19 tiêu chí. Tình hình thực hiện các nội dung xã NTM nâng cao, NTM kiểu mẫu, xây dựng khu dân cư NTM kiểu mẫu tiếp tục được quan tâm triển khai thực hiện đảm bảo tiến độ đề ra…'),
      image('phat-bieu', 'Các đại biểu tham gia ý kiến tại hội nghị'),
      p('Tại hội nghị, các đại biểu đã tập trung thảo luận, làm rõ một số nội dung liên quan đến kết quả đạt được trong xây dựng NTM trên địa bàn huyện Cao Lộc 6 tháng đầu năm. Đồng thời chỉ ra những tồn tại, hạn chế trong việc thực hiện các mục tiêu, nhiệm vụ xây dựng NTM, từ đó đề xuất các giải pháp để nhanh chóng khắc phục, đẩy nhanh tiến độ thực hiện các mục tiêu, nhiệm vụ xây dựng NTM năm 2024 chung trên địa bàn huyện, trong đó trọng tâm là phấn đấu đưa thêm xã Cao Lâu đạt chuẩn NTM, xã Tân Liên đạt chuẩn NTM nâng cao.'),
      image('phat-bieu', 'Đồng chí Bí thư Huyện ủy Cao Lộc phát biểu chỉ đạo tại hội nghị'),
      p('Phát biểu chỉ đạo tại hội nghị, lãnh đạo Huyện ủy Cao Lộc yêu cầu thời gian tới, các xã cần rà soát đánh giá lại các chỉ tiêu, tiêu chí NTM theo bộ tiêu chí mới; quan tâm thực hiện các nhiệm vụ trọng tâm được Ban Thường vụ Huyện ủy phê duyệt. Đối với các xã điểm cần hoàn thiện hồ sơ của các tiêu chí đã đạt để trình thẩm định đúng thời gian quy định, còn các tiêu chí chưa đạt cần đưa ra lộ trình, giải pháp cụ thể để triển khai thực hiện; tăng cường công tác tuyên truyền vận động người dân tham gia xây dựng NTM; nêu cao vai trò trách nhiệm của người đứng đầu trong triển khai thực hiện chương trình.'),
      p('Đồng chí lưu ý UBND huyện chỉ đạo các phòng, ban chuyên môn của huyện phối hợp chặt chẽ với UBND các xã đẩy nhanh tiến độ thực hiện các tiêu chí xã NTM, NTM nâng cao, đặc biệt đẩy nhanh tiến độ các công trình xây dựng cơ sở hạ tầng ở 2 xã điểm. Qua đó quyết tâm phấn đấu hoàn thành các mục tiêu, nhiệm vụ xây dựng NTM năm 2024 đã đề ra./.'),
    ],
  },
  {
    slug: 'xa-cao-lau-tap-trung-hoan-thien-tieu-chi-nong-thon-moi',
    title: 'Xã Cao Lâu tập trung hoàn thiện các tiêu chí nông thôn mới',
    summary: 'Bài viết mẫu: xã điểm Cao Lâu rà soát 11 tiêu chí còn lại và lập lộ trình hoàn thành.',
    category: 'tin-tuc-su-kien',
    publishedAt: vn('2024-08-15T09:00:00'),
    status: 'published',
    cover: 'duong',
    byline: 'Ban biên tập (bài mẫu)',
    communeSlugs: ['cao-lau'],
    criteriaNumbers: [2, 10, 17],
    eventSlugs: [],
    body: [
      p(`Bài viết mẫu phục vụ trình diễn cổng thông tin. ${DEMO_NOTE}`),
      h2('Những tiêu chí còn lại'),
      p('Xã rà soát từng chỉ tiêu của các tiêu chí chưa đạt, ưu tiên giao thông, thu nhập và môi trường.'),
      bullets(['Giao thông: hoàn thiện các tuyến đường trục thôn.', 'Thu nhập: hỗ trợ mô hình sản xuất hàng hóa.', 'Môi trường: thu gom, xử lý rác thải tại thôn.']),
      quote('Mỗi người dân là một chủ thể xây dựng nông thôn mới.'),
    ],
  },
  {
    slug: 'tan-lien-phan-dau-dat-chuan-nong-thon-moi-nang-cao',
    title: 'Tân Liên phấn đấu đạt chuẩn nông thôn mới nâng cao',
    summary: 'Bài viết mẫu: xã Tân Liên đặt mục tiêu đạt chuẩn NTM nâng cao, hiện đạt 7/19 tiêu chí.',
    category: 'tin-tuc-su-kien',
    publishedAt: vn('2024-09-05T09:00:00'),
    status: 'published',
    byline: 'Ban biên tập (bài mẫu)',
    communeSlugs: ['tan-lien'],
    criteriaNumbers: [],
    eventSlugs: [],
    body: [p(`Bài viết mẫu phục vụ trình diễn cổng thông tin. ${DEMO_NOTE}`)],
  },
  {
    slug: 'chung-suc-xay-dung-nong-thon-moi',
    title: 'Chung sức xây dựng nông thôn mới: người dân là chủ thể',
    summary: 'Bài tuyên truyền mẫu về vai trò của người dân trong xây dựng nông thôn mới.',
    category: 'thong-tin-tuyen-truyen',
    publishedAt: vn('2024-10-10T09:00:00'),
    status: 'published',
    cover: 'ra-quan',
    byline: 'Ban biên tập (bài mẫu)',
    communeSlugs: [],
    criteriaNumbers: [],
    eventSlugs: ['ra-quan-xay-dung-ntm-6-thang-dau-nam-2024'],
    body: [
      p(`Bài viết mẫu phục vụ trình diễn cổng thông tin. ${DEMO_NOTE}`),
      image('ra-quan', 'Người dân ra quân xây dựng nông thôn mới (ảnh minh họa)'),
      p('Phong trào ra quân được tổ chức ở tất cả các xã, huy động ngày công và kinh phí của người dân, cơ quan, doanh nghiệp.'),
    ],
  },
  {
    slug: 'bo-tieu-chi-nong-thon-moi-giai-doan-2026-2030-co-gi-moi',
    title: 'Bộ tiêu chí nông thôn mới giai đoạn 2026–2030 có gì mới?',
    summary: 'Bài tổng hợp mẫu: bộ tiêu chí mới gồm 10 tiêu chí, 47 chỉ tiêu, ngưỡng theo 3 nhóm xã.',
    category: 'thong-tin-tong-hop',
    publishedAt: vn('2026-02-20T09:00:00'),
    status: 'published',
    byline: 'Ban biên tập (bài mẫu)',
    communeSlugs: [],
    criteriaNumbers: [],
    eventSlugs: ['tap-huan-bo-tieu-chi-2026-2030'],
    body: [
      p('Bài tổng hợp mẫu. Theo tin báo chí, Quyết định số 51/2025/QĐ-TTg ban hành bộ tiêu chí gồm 10 tiêu chí với 47 chỉ tiêu, ngưỡng đạt khác nhau theo 3 nhóm xã (tên tiêu chí rút gọn, chưa kiểm chứng với văn bản gốc).'),
    ],
  },
  {
    slug: 'ban-nhap-ke-hoach-tham-dinh-xa-cao-lau',
    title: 'Bản nháp: Kế hoạch thẩm định xã Cao Lâu',
    summary: 'Bản nháp chưa xuất bản: bạn đọc không bao giờ thấy bài này.',
    category: 'tin-tuc-su-kien',
    publishedAt: vn('2024-11-01T09:00:00'),
    status: 'draft',
    communeSlugs: ['cao-lau'],
    criteriaNumbers: [],
    eventSlugs: [],
    body: [p('Nội dung nháp.')],
  },
]

export const siteSettings = {
  portalName: 'Cổng thông tin Nông thôn mới huyện Cao Lộc',
  agency: 'Văn phòng Điều phối Chương trình MTQG xây dựng nông thôn mới huyện Cao Lộc',
  address: 'Huyện Cao Lộc, tỉnh Lạng Sơn (địa chỉ minh họa)',
  phone: '0205 000 000 (số minh họa)',
  email: 'vanphong-ntm@example.vn',
  responsiblePerson: 'Chánh Văn phòng Điều phối (minh họa)',
  licence: 'Bản trình diễn — không phải cổng thông tin chính thức.',
  // The seed article's portal showed "Tất cả: 79.917": a portal moving here keeps its total.
  statistics: { totalOffset: 79_917, honourDoNotTrack: true },
}

export const relatedLinks = [
  { label: 'Cổng thông tin điện tử tỉnh Lạng Sơn', url: 'https://langson.gov.vn', description: 'UBND tỉnh Lạng Sơn' },
  { label: 'Báo Lạng Sơn', url: 'https://baolangson.vn', description: 'Cơ quan của Đảng bộ tỉnh Lạng Sơn' },
  { label: 'Văn phòng Điều phối nông thôn mới Trung ương', url: 'https://nongthonmoi.gov.vn', description: 'Chương trình MTQG xây dựng nông thôn mới' },
  { label: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn', description: 'Thủ tục hành chính trực tuyến' },
]
