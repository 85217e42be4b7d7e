import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

/**
 * The single map from a content change to the cache it invalidates. Every public read is cached
 * under the tags of the collections and globals it reads (`lib/queries`), and a page is
 * regenerated when any of its tags is. Tags expire at once (no stale page after an unpublish).
 */
export type ContentTag =
  | 'articles'
  | 'categories'
  | 'communes'
  | 'criteria'
  | 'criteria-sets'
  | 'events'
  | 'media'
  | 'site-settings'
  | 'related-links'

export const cacheTag = (tag: ContentTag): string => `content:${tag}`

export const revalidateContent = (tags: ContentTag[]): void => {
  for (const tag of tags) {
    try {
      revalidateTag(cacheTag(tag), { expire: 0 })
    } catch {
      // Outside a Next.js server (seed script, CLI, tests) there is no cache to invalidate.
    }
  }
}

type Context = { disableRevalidate?: boolean }

export const revalidateAfterChange: CollectionAfterChangeHook = ({ collection, doc, req }) => {
  if (!(req.context as Context).disableRevalidate) revalidateContent([collection.slug as ContentTag])
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  if (!(req.context as Context).disableRevalidate) revalidateContent([collection.slug as ContentTag])
  return doc
}

export const revalidateGlobalAfterChange: GlobalAfterChangeHook = ({ doc, global, req }) => {
  if (!(req.context as Context).disableRevalidate) revalidateContent([global.slug as ContentTag])
  return doc
}

/** The hooks every public collection gets. */
export const revalidateHooks = {
  afterChange: [revalidateAfterChange],
  afterDelete: [revalidateAfterDelete],
}
