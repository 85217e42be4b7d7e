import { sitemapPartRoute } from '@/lib/sitemaps/respond'

export const GET = sitemapPartRoute
