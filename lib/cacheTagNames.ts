import { type RelationValue, relationId } from './relations'

/**
 * The names of the cache tags (no Next.js import: the server layer reads them too). The single map from a content change to the cache it invalidates. Every public read is cached
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
  | 'tenants'

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

export type ArticleLike = {
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
