import type { Where } from 'payload'

import type { Article } from '../../payload-types'
import { articleTags } from '../cacheTags'
import { relationId } from '../relations'
import { type SiteScope, scoped } from '../sites/scope'
import { cachedRead } from './cache'
import { payloadClient } from './payload'

/**
 * Article reads for the public site. They run as an anonymous reader (`overrideAccess: false`,
 * no user), so the access rule in `access/` decides what is visible: drafts never are.
 */
const LIST_FIELDS = {
  title: true,
  slug: true,
  summary: true,
  cover: true,
  publishedAt: true,
  category: true,
  tenant: true,
} as const
// The articles' own tags depend on the arguments (lib/cacheTags.ts: articleTags).
const ARTICLE_TAGS = ['media', 'categories'] as const

export type ArticlePage = { docs: Article[]; page: number; totalPages: number; totalDocs: number }

const findArticles = async (
  scope: SiteScope,
  where: Where,
  limit: number,
  page = 1,
  /**
   * Whether the total is needed (lists with pages). Counting reads every match, not the few
   * shown: for related articles, a third of all articles at 20,000 (~120 ms a page here).
   */
  count = true,
): Promise<ArticlePage> => {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'articles',
    overrideAccess: false,
    depth: 1,
    limit,
    page,
    pagination: count,
    sort: '-publishedAt',
    where: scoped(scope, where),
    select: LIST_FIELDS,
  })
  return {
    docs: result.docs as Article[],
    page: result.page ?? 1,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}

export const latestArticles = cachedRead(
  'latestArticles',
  [...ARTICLE_TAGS],
  (scope: SiteScope, limit: number, page: number) => findArticles(scope, {}, limit, page),
  () => [articleTags.list],
)

export const featuredArticles = cachedRead(
  'featuredArticles',
  [...ARTICLE_TAGS],
  async (scope: SiteScope, limit: number) =>
    (await findArticles(scope, { featured: { equals: true } }, limit, 1, false)).docs,
  () => [articleTags.list],
)

export const articlesInCategory = cachedRead(
  'articlesInCategory',
  [...ARTICLE_TAGS],
  (scope: SiteScope, categoryId: number | string, limit: number, page: number) =>
    findArticles(scope, { category: { equals: categoryId } }, limit, page),
  (_scope, categoryId) => [articleTags.category(categoryId)],
)

export const articlesAbout = cachedRead(
  'articlesAbout',
  [...ARTICLE_TAGS],
  async (scope: SiteScope, field: 'communes' | 'criteria' | 'events', id: number | string, limit: number) =>
    (await findArticles(scope, { [field]: { contains: id } }, limit, 1, false)).docs,
  (_scope, field, id) => [articleTags.about(field, id)],
)

/**
 * The article `slug` of the scope: the site's own first (slugs are unique per site), then, for
 * the province's scope, another site's (its page redirects there).
 */
const readArticle = async (
  site: number | string,
  scope: SiteScope,
  slug: string,
  preview?: { user: unknown },
): Promise<Article | undefined> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    overrideAccess: false,
    user: preview?.user,
    draft: Boolean(preview),
    depth: 2,
    limit: 2,
    pagination: false,
    sort: 'id',
    where: scoped(scope, { slug: { equals: slug } }),
  })
  return docs.find((doc) => relationId(doc.tenant) === site) ?? docs[0]
}

export const articleBySlug = cachedRead(
  'articleBySlug',
  [...ARTICLE_TAGS, 'communes', 'criteria', 'events'],
  (site: number | string, scope: SiteScope, slug: string) => readArticle(site, scope, slug),
  (_site, _scope, slug) => [articleTags.slug(slug)],
)

/** A draft as a logged-in staff member sees it; never cached. */
export const previewArticle = (site: number | string, scope: SiteScope, slug: string, user: unknown) =>
  readArticle(site, scope, slug, { user })

/** Other articles about the same communes, or else in the same category. */
export const relatedArticles = cachedRead(
  'relatedArticles',
  [...ARTICLE_TAGS],
  async (
    scope: SiteScope,
    articleId: number | string,
    communeIds: (number | string)[],
    categoryId: number | string | null,
    limit: number,
  ) => {
    const about: Where[] = [
      ...(communeIds.length ? [{ communes: { in: communeIds } }] : []),
      ...(categoryId !== null ? [{ category: { equals: categoryId } }] : []),
    ]
    if (!about.length) return []
    const where: Where = { and: [{ id: { not_equals: articleId } }, { or: about }] }
    return (await findArticles(scope, where, limit, 1, false)).docs
  },
  (_scope, _articleId, communeIds, categoryId) => [
    ...communeIds.map((id) => articleTags.about('communes', id)),
    ...(categoryId !== null ? [articleTags.category(categoryId)] : []),
  ],
)
