import { describe, expect, it } from 'vitest'

import { articleTags, tagsOfArticle } from '../../lib/cacheTags'

describe('the pages an article appears on', () => {
  it('are its own page, the lists of all articles, its category and what it is about', () => {
    expect(
      tagsOfArticle({
        slug: 'xa-cao-lau-lam-duong',
        category: { id: 3 },
        communes: [5, { id: 6 }],
        criteria: [12],
        events: [],
      }).sort(),
    ).toEqual(
      [
        articleTags.list,
        articleTags.slug('xa-cao-lau-lam-duong'),
        articleTags.category(3),
        articleTags.about('communes', 5),
        articleTags.about('communes', 6),
        articleTags.about('criteria', 12),
      ].sort(),
    )
  })

  it('are only the lists for an article without links, and nothing for no article', () => {
    expect(tagsOfArticle({ slug: null, category: null })).toEqual([articleTags.list])
    expect(tagsOfArticle(undefined)).toEqual([])
  })
})
