import { describe, expect, it } from 'vitest'

import { graphqlReadNames, withSelect } from '../../lib/api/graphqlSelect'

const names = graphqlReadNames([
  { slug: 'articles' },
  { slug: 'criteria-sets' },
  { slug: 'media' },
  { slug: 'users', graphQL: false },
])
const narrow = (query: string) => withSelect(query, (name) => names.get(name))

describe('GraphQL reads only what is asked (lib/api/graphqlSelect.ts)', () => {
  it('names the queries as @payloadcms/graphql does', () => {
    expect([...names].sort()).toEqual([
      ['Article', 'document'],
      ['Articles', 'list'],
      ['CriteriaSet', 'document'],
      ['CriteriaSets', 'list'],
      ['Media', 'document'],
      ['allMedia', 'list'],
    ])
  })

  it('adds select: true to list and document queries that do not say', () => {
    expect(narrow('{ Articles(limit: 2) { totalDocs docs { title } } Article(id: 1) { slug } }')).toMatch(
      /Articles\(limit: 2, select: true\)[\s\S]*Article\(id: 1, select: true\)/,
    )
  })

  it('skips the count of a list query that asks for its docs only', () => {
    expect(narrow('{ Articles(limit: 2, page: 3) { docs { title } } }')).toMatch(
      /Articles\(limit: 2, page: 3, select: true, pagination: false\)/,
    )
    expect(narrow('{ allMedia { __typename docs { url } } }')).toMatch(
      /allMedia\(select: true, pagination: false\)/,
    )
    // Whatever else it asks for, or says itself, or cannot be read without expanding, keeps the count.
    for (const query of [
      '{ Articles { docs { title } hasNextPage } }',
      '{ Articles(pagination: true) { docs { title } } }',
      '{ Articles { ...page } } fragment page on Articles { docs { title } totalDocs }',
      '{ Articles { ... on Articles { docs { title } } } }',
    ])
      expect(narrow(query)).not.toMatch(/pagination: false/)
    // A document query has nothing to count.
    expect(narrow('{ Article(id: 1) { title } }')).not.toMatch(/pagination/)
  })

  it('leaves alone what says otherwise, mutations, other fields and what does not parse', () => {
    const explicit = '{ Articles(select: false) { totalDocs docs { title } } }'
    expect(narrow(explicit)).toBe(explicit)
    const mutation = 'mutation { createArticle(data: { title: "x" }) { id } }'
    expect(narrow(mutation)).toBe(mutation)
    const other = '{ Me { user { id } } }'
    expect(narrow(other)).toBe(other)
    expect(narrow('{ Articles {')).toBe('{ Articles {')
  })
})
