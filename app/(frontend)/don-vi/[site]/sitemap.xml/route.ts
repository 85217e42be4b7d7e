import { sitemapRoute } from '@/lib/sitemaps/respond'

export const GET = sitemapRoute
