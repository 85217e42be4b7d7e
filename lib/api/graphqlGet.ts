import { type OperationDefinitionNode, parse } from 'graphql'

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
  try {
    const operations = parse(query).definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
    )
    if (operations.some((operation) => operation.operation !== 'query')) {
      return { status: 405, message: 'only queries may be sent with GET; send mutations with POST' }
    }
  } catch {
    // A syntax error: Payload answers it with graphql-js's own message.
  }
  const operationName = url.searchParams.get('operationName') ?? undefined
  return { body: JSON.stringify({ query, variables, operationName }) }
}
