import { siteFeedRoute } from '@/lib/feeds/respond'

/** The site's published articles (the province's: every site's), newest first (lib/feeds). */
export const GET = siteFeedRoute('rss')
