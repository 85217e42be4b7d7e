import { robotsRoute } from '@/lib/sitemaps/respond'

export const GET = robotsRoute
