import { unstable_cache } from 'next/cache'

import { cacheTag, type ContentTag } from '../revalidate'

/**
 * A public read, cached in Next's data cache under the tags of everything it reads, so readers
 * never wait on the database and a content change regenerates exactly the pages that used it.
 * The 60-second backstop bounds staleness should an invalidation ever be missed.
 */
export const cachedRead = <Args extends unknown[], Result>(
  name: string,
  tags: ContentTag[],
  read: (...args: Args) => Promise<Result>,
): ((...args: Args) => Promise<Result>) =>
  unstable_cache(read, [name], { tags: tags.map(cacheTag), revalidate: 60 })
