import { scopedFeedRoute } from '@/lib/feeds/respond'

/** The published articles about one commune (lib/feeds). */
export const GET = scopedFeedRoute('rss', 'commune')
