import { buildSchema, NoFragmentCyclesRule, parse, validate } from 'graphql'

/** Fragment cycles do not depend on the schema: any valid one lets graphql-js look for them. */
const anySchema = buildSchema('type Query { ok: Boolean }')

/**
 * What is wrong with a JSON GraphQL request body, or null to let Payload answer it. Payload
 * answers a body that is not JSON, and a fragment that spreads itself (its complexity count
 * recurses before graphql-js validates), with a 500; these get a 400 and a message instead.
 */
export const graphqlBodyProblem = (text: string): string | null => {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return 'the body must be JSON such as {"query": "{ Articles { docs { title } } }"}'
  }
  for (const request of Array.isArray(body) ? body : [body]) {
    const query = (request as { query?: unknown } | null)?.query
    if (typeof query !== 'string') return '"query" must be a string holding a GraphQL query'
    let document
    try {
      document = parse(query)
    } catch {
      continue // A syntax error: Payload answers it with graphql-js's own message.
    }
    const [cycle] = validate(anySchema, document, [NoFragmentCyclesRule])
    if (cycle) return cycle.message
  }
  return null
}
