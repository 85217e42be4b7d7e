import { scopedFeedRoute } from '@/lib/feeds/respond'

/** One category's published articles (lib/feeds). */
export const GET = scopedFeedRoute('atom', 'category')
