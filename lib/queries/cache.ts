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
): ((...args: Args) => Promise<Result>) => {
  const cached = unstable_cache(read, [name], { tags: tags.map(cacheTag), revalidate: 60 })
  // None of our reads returns undefined; a cache entry that does was damaged (seen when build
  // workers or server processes share a cache folder): read the database instead.
  return async (...args: Args) => (await cached(...args)) ?? read(...args)
}
