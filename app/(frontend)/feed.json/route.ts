import { feedResponse } from '@/lib/feeds/respond'

/** All published articles, newest first (lib/feeds). */
export const GET = () => feedResponse('json', { kind: 'all' })
