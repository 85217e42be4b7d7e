import { unstable_cache } from 'next/cache'

import { cacheTag, type ContentTag } from '../cacheTags'

/**
 * A public read, cached in Next's data cache under the tags of everything it reads, so readers
 * never wait on the database and a content change regenerates exactly the pages that used it.
 * The 60-second backstop bounds staleness should an invalidation ever be missed.
 */
export const cachedRead = <Args extends unknown[], Result>(
  name: string,
  tags: ContentTag[],
  read: (...args: Args) => Promise<Result>,
  /** Tags that depend on the arguments (one article, one commune's articles…). */
  tagsFor?: (...args: Args) => string[],
): ((...args: Args) => Promise<Result>) => {
  // Outside Next (the query-plan test measures the database itself) there is no data cache.
  if (process.env.NTM_UNCACHED_READS === '1') return read
  const staticTags = tags.map(cacheTag)
  const cached = tagsFor
    ? (...args: Args) =>
        unstable_cache(() => read(...args), [name, JSON.stringify(args)], {
          tags: [...staticTags, ...tagsFor(...args)],
          revalidate: 60,
        })()
    : unstable_cache(read, [name], { tags: staticTags, revalidate: 60 })
  // None of our reads returns undefined; a cache entry that does was damaged (seen when build
  // workers or server processes share a cache folder): read the database instead.
  return async (...args: Args) => (await cached(...args)) ?? read(...args)
}
