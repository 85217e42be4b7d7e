import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { type ArticleLike, type ContentTag, expire, revalidateContent, tagsOfArticle } from '../lib/cacheTags'

/**
 * The revalidation hooks: every change to public content expires the cache tags of the pages it
 * appears on (lib/cacheTags.ts says which), in this process and, through the server layer's
 * change log, in every other.
 */
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
