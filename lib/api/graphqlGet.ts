import { parse } from 'graphql'

/** Whether a document has an operation other than a query; undefined when it does not parse. */
const changesAnything = (query: string): boolean | undefined => {
  try {
    return parse(query).definitions.some(
      (definition) => definition.kind === 'OperationDefinition' && definition.operation !== 'query',
    )
  } catch {
    return undefined
  }
}

/**
 * GraphQL over GET, for partners whose reads should be cacheable like REST reads (the server
 * layer gives an anonymous GET answer an ETag and `Cache-Control: public` and keeps it until the
 * content changes): `?query=…` with optional `variables` (JSON) and `operationName`, as the
 * GraphQL-over-HTTP convention has it. Only queries: a mutation over GET is refused (405), so a
 * link or an image can never change anything.
 */
export type GraphqlGet = { body: string } | { status: 400 | 405; message: string }

export const graphqlFromGet = (url: URL): GraphqlGet => {
  const query = url.searchParams.get('query')
  if (!query) return { status: 400, message: 'GET /api/graphql needs ?query=… (a GraphQL query)' }
  let variables: unknown
  const rawVariables = url.searchParams.get('variables')
  if (rawVariables) {
    try {
      variables = JSON.parse(rawVariables)
    } catch {
      return { status: 400, message: '"variables" must be JSON' }
    }
  }
  // A syntax error (undefined) goes on: Payload answers it with graphql-js's own message.
  if (changesAnything(query)) {
    return { status: 405, message: 'only queries may be sent with GET; send mutations with POST' }
  }
  const operationName = url.searchParams.get('operationName') ?? undefined
  return { body: JSON.stringify({ query, variables, operationName }) }
}

/** The largest POST body the server answers as its GET form (past it, the URL would be unwieldy). */
export const GRAPHQL_AS_GET_MAX_BYTES = 8 * 1024

/**
 * The GET form (`query=…&variables=…&operationName=…`) of a POSTed GraphQL body that has one:
 * a JSON object with a `query` of queries only (no mutation anywhere in the document), optional
 * `variables` (an object) and `operationName`, nothing else (no batch, no extensions). Otherwise
 * null: the POST is answered as sent. graphqlFromGet reads the result back into the same body.
 */
export const graphqlGetSearch = (body: string): string | null => {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return null
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null
  const { query, variables, operationName, ...rest } = parsed as Record<string, unknown>
  if (Object.keys(rest).length || typeof query !== 'string' || !query.trim()) return null
  const hasVariables = variables !== undefined && variables !== null
  if (hasVariables && (typeof variables !== 'object' || Array.isArray(variables))) return null
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null
  if (changesAnything(query) !== false) return null
  const search = new URLSearchParams({ query })
  if (hasVariables) search.set('variables', JSON.stringify(variables))
  if (operationName) search.set('operationName', operationName)
  return search.toString()
}
