import type { Where } from 'payload'

import type { Article } from '../../payload-types'
import { articleTags } from '../cacheTags'
import { cachedRead } from './cache'
import { payloadClient } from './payload'
import { type SiteScope, scoped } from '../sites/scope'

/** What a feed covers: all articles, one category's, or those about one commune. */
export type FeedScope =
  { kind: 'all' } | { kind: 'category'; id: number | string } | { kind: 'commune'; id: number | string }

export const FEED_SIZE = 30

const whereOf = (scope: FeedScope): Where =>
  scope.kind === 'all'
    ? {}
    : scope.kind === 'category'
      ? { category: { equals: scope.id } }
      : { communes: { contains: scope.id } }

/**
 * The newest published articles of a feed, whole (body with its images, cover, category), as
 * an anonymous reader: drafts never reach a feed. Tagged like the lists they mirror, so
 * publishing or unpublishing refreshes exactly the feeds the article is in.
 */
export const feedArticles = cachedRead(
  'feedArticles',
  ['media', 'categories'],
  async (site: SiteScope, scope: FeedScope): Promise<Article[]> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      overrideAccess: false,
      depth: 1,
      limit: FEED_SIZE,
      // A feed lists its newest items, never how many there are: no count (it reads every match).
      pagination: false,
      sort: '-publishedAt',
      where: scoped(site, whereOf(scope)),
    })
    return docs
  },
  (_site, scope) => [
    scope.kind === 'all'
      ? articleTags.list
      : scope.kind === 'category'
        ? articleTags.category(scope.id)
        : articleTags.about('communes', scope.id),
  ],
)
