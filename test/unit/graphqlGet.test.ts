import { describe, expect, it } from 'vitest'

import { graphqlFromGet, graphqlGetSearch } from '../../lib/api/graphqlGet'

const back = (search: string) => {
  const read = graphqlFromGet(new URL(`http://localhost/api/graphql?${search}`))
  if (!('body' in read)) throw new Error(read.message)
  return JSON.parse(read.body)
}

describe('the GET form of a POSTed GraphQL read (lib/api/graphqlGet.ts)', () => {
  it('reads back into the same query, variables and operation', () => {
    const body = {
      query:
        'query Tin($n: Int) { Articles(limit: $n) { docs { title } } } query Khac { Categories { docs { name } } }',
      variables: { n: 3 },
      operationName: 'Tin',
    }
    expect(back(graphqlGetSearch(JSON.stringify(body))!)).toEqual(body)
    expect(back(graphqlGetSearch('{"query":"{ Articles { docs { title } } }"}')!)).toEqual({
      query: '{ Articles { docs { title } } }',
    })
  })

  it.each([
    ['a mutation', { query: 'mutation { createCategory(data: { name: "x" }) { id } }' }],
    [
      'a document with a mutation beside its query',
      { query: '{ Articles { docs { title } } } mutation M { logoutUser }' },
    ],
    ['a batch', [{ query: '{ Articles { docs { title } } }' }]],
    [
      'extensions (persisted queries)',
      { query: '{ Articles { docs { title } } }', extensions: { persistedQuery: {} } },
    ],
    ['variables that are not an object', { query: '{ Articles { docs { title } } }', variables: [1] }],
    ['a query that does not parse', { query: '{ Articles {' }],
    ['no query', { variables: {} }],
  ])('has none for %s (answered as POSTed)', (_, body) => {
    expect(graphqlGetSearch(JSON.stringify(body))).toBeNull()
  })

  it('has none for a body that is not JSON', () => {
    expect(graphqlGetSearch('query=%7B%7D')).toBeNull()
  })
})
