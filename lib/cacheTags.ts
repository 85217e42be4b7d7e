import { revalidateTag } from 'next/cache'

import { type ContentTag, cacheTag } from './cacheTagNames'
import { CONTENT_CHANGED_EVENT } from './contentChanged'

export * from './cacheTagNames'

/** Expires cache tags now, in Next.js and (through the event) in the server layer of every process. */
export const expire = (tags: string[]): void => {
  if (tags.length) (process as NodeJS.EventEmitter).emit(CONTENT_CHANGED_EVENT, tags)
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch {
      // Outside a Next.js server (seed script, CLI, tests) there is no cache to invalidate.
    }
  }
}

export const revalidateContent = (tags: ContentTag[]): void => expire(tags.map(cacheTag))
