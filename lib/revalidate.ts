import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { CONTENT_CHANGED_EVENT } from './contentChanged'
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

export { CONTENT_CHANGED_EVENT }

const expire = (tags: string[]): void => {
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
 * The live tags of each article before this change, by document ID: one request can change many
 * articles (the admin's bulk publish/unpublish), and they all share `req.context`.
 */
type ArticleContext = Context & { liveTagsBefore?: Map<string, string[]> }

const liveTagsBefore = (req: PayloadRequest): Map<string, string[]> =>
  ((req.context as ArticleContext).liveTagsBefore ??= new Map())

/** The live (published) version as stored before or after this change, if there is one. */
const liveArticle = async (req: PayloadRequest, id: number | string): Promise<ArticleLike | null> => {
  const main = await req.payload.db.findOne<ArticleLike & { id: number | string; _status?: string }>({
    collection: 'articles',
    where: { id: { equals: id } },
    req,
  })
  return main?._status === 'published' ? main : null
}

/**
 * Before the change: the tags of the version readers see now. `previousDoc` is not that when a
 * newer draft exists (it is the draft), and unpublishing or publishing over a draft must expire
 * the pages the live version is on, including a commune the new version no longer links.
 */
const rememberLiveTags: CollectionBeforeChangeHook = async ({ operation, originalDoc, req }) => {
  if ((req.context as ArticleContext).disableRevalidate || operation !== 'update' || !originalDoc?.id) return
  liveTagsBefore(req).set(String(originalDoc.id), tagsOfArticle(await liveArticle(req, originalDoc.id)))
}

/**
 * After it: a published article expires the pages of its new and old live versions; an
 * unpublished one, those of the old. A draft saved while the live version stays (autosave on a
 * published article, or a draft never published) changes no public page and expires nothing.
 */
const revalidateArticle: CollectionAfterChangeHook = async ({ doc, req }) => {
  if ((req.context as ArticleContext).disableRevalidate) return doc
  const before = liveTagsBefore(req).get(String(doc.id)) ?? []
  if (doc._status === 'published') expire([...tagsOfArticle(doc), ...before])
  else if (before.length && !(await liveArticle(req, doc.id))) expire(before)
  return doc
}

const revalidateDeletedArticle: CollectionAfterDeleteHook = ({ doc, req }) => {
  if (!(req.context as Context).disableRevalidate) expire(tagsOfArticle(doc))
  return doc
}

export const articleRevalidateHooks = {
  beforeChange: [rememberLiveTags],
  afterChange: [revalidateArticle],
  afterDelete: [revalidateDeletedArticle],
}

/** The hooks every public collection gets. */
export const revalidateHooks = {
  afterChange: [revalidateAfterChange],
  afterDelete: [revalidateAfterDelete],
}
