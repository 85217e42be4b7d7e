import { ownSitemapRoute } from '@/lib/sitemaps/respond'

export const GET = ownSitemapRoute
