import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { type RelationValue, relationId } from './relations'

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

/**
 * Articles are tagged finer than by collection, so that a change regenerates exactly the pages
 * that show that article: its own page (by slug), the lists of all articles (home, /tin-tuc,
 * sitemap), and the lists of its category and of the communes, criteria and events it is
 * about (their pages, and the "related" lists of other articles about them).
 */
export const articleTags = {
  list: 'content:articles:list',
  slug: (slug: string) => `content:articles:slug:${slug}`,
  category: (id: number | string) => `content:articles:category:${id}`,
  about: (field: 'communes' | 'criteria' | 'events', id: number | string) =>
    `content:articles:${field}:${id}`,
} as const

type ArticleLike = {
  slug?: string | null
  category?: RelationValue
  communes?: RelationValue[] | null
  criteria?: RelationValue[] | null
  events?: RelationValue[] | null
}

/** Every cache tag one version of an article appears under. */
export const tagsOfArticle = (doc: ArticleLike | null | undefined): string[] => {
  if (!doc) return []
  const tags: string[] = [articleTags.list]
  if (doc.slug) tags.push(articleTags.slug(doc.slug))
  const category = relationId(doc.category)
  if (category !== undefined) tags.push(articleTags.category(category))
  for (const field of ['communes', 'criteria', 'events'] as const) {
    for (const value of doc[field] ?? []) {
      const id = relationId(value)
      if (id !== undefined) tags.push(articleTags.about(field, id))
    }
  }
  return tags
}

const expire = (tags: string[]): void => {
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch {
      // Outside a Next.js server (seed script, CLI, tests) there is no cache to invalidate.
    }
  }
}

export const revalidateContent = (tags: ContentTag[]): void => expire(tags.map(cacheTag))

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

/**
 * An article's change expires the tags of its version before and after the change (a link to
 * a commune removed expires that commune's list too). A draft saved over a draft changes no
 * public page and expires nothing.
 */
const revalidateArticle: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  if ((req.context as Context).disableRevalidate) return doc
  const wasPublic = previousDoc?._status === 'published'
  if (doc._status !== 'published' && !wasPublic) return doc
  expire([...tagsOfArticle(doc), ...(wasPublic ? tagsOfArticle(previousDoc) : [])])
  return doc
}

const revalidateDeletedArticle: CollectionAfterDeleteHook = ({ doc, req }) => {
  if (!(req.context as Context).disableRevalidate) expire(tagsOfArticle(doc))
  return doc
}

export const articleRevalidateHooks = {
  afterChange: [revalidateArticle],
  afterDelete: [revalidateDeletedArticle],
}

/** The hooks every public collection gets. */
export const revalidateHooks = {
  afterChange: [revalidateAfterChange],
  afterDelete: [revalidateAfterDelete],
}
