import { describe, expect, it } from 'vitest'

import { graphqlReadNames, withSelect } from '../../lib/api/graphqlSelect'

const names = graphqlReadNames([
  { slug: 'articles' },
  { slug: 'criteria-sets' },
  { slug: 'media' },
  { slug: 'users', graphQL: false },
])
const narrow = (query: string) => withSelect(query, (name) => names.has(name))

describe('GraphQL reads only what is asked (lib/api/graphqlSelect.ts)', () => {
  it('names the queries as @payloadcms/graphql does', () => {
    expect([...names].sort()).toEqual([
      'Article',
      'Articles',
      'CriteriaSet',
      'CriteriaSets',
      'Media',
      'allMedia',
    ])
  })

  it('adds select: true to list and document queries that do not say', () => {
    expect(narrow('{ Articles(limit: 2) { docs { title } } Article(id: 1) { slug } }')).toMatch(
      /Articles\(limit: 2, select: true\)[\s\S]*Article\(id: 1, select: true\)/,
    )
  })

  it('leaves alone what says otherwise, mutations, other fields and what does not parse', () => {
    const explicit = '{ Articles(select: false) { docs { title } } }'
    expect(narrow(explicit)).toBe(explicit)
    const mutation = 'mutation { createArticle(data: { title: "x" }) { id } }'
    expect(narrow(mutation)).toBe(mutation)
    const other = '{ Me { user { id } } }'
    expect(narrow(other)).toBe(other)
    expect(narrow('{ Articles {')).toBe('{ Articles {')
  })
})
