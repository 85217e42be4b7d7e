import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlBodyProblem } from '@/lib/api/graphqlBody'
import { graphqlFromGet } from '@/lib/api/graphqlGet'
import { graphqlReadNames, withSelect } from '@/lib/api/graphqlSelect'

const payloadGraphql = GRAPHQL_POST(config)

/** The document and list query fields (lib/api/graphqlSelect.ts), from the config. */
const readNames = config.then((sanitized) => graphqlReadNames(sanitized.collections))

export const POST = async (request: Request): Promise<Response> => {
  if (!(request.headers.get('content-type') ?? '').includes('json')) return payloadGraphql(request)
  const text = await request.text()
  const problem = graphqlBodyProblem(text)
  if (problem) return Response.json({ errors: [{ message: problem }] }, { status: 400 })
  const names = await readNames
  const body = JSON.parse(text) as { query: string } | { query: string }[]
  const narrowed = (Array.isArray(body) ? body : [body]).map((one) => ({
    ...one,
    query: withSelect(one.query, (name) => names.get(name)),
  }))
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  return payloadGraphql(
    new Request(request.url, {
      method: 'POST',
      headers,
      body: JSON.stringify(Array.isArray(body) ? narrowed : narrowed[0]),
    }),
  )
}
/** A query as GET parameters (lib/api/graphqlGet.ts), answered as the same query POSTed. */
export const GET = async (request: Request): Promise<Response> => {
  const asked = graphqlFromGet(new URL(request.url))
  if ('status' in asked)
    return Response.json({ errors: [{ message: asked.message }] }, { status: asked.status })
  const headers = new Headers(request.headers)
  headers.set('content-type', 'application/json')
  return POST(new Request(request.url, { method: 'POST', headers, body: asked.body }))
}

export const OPTIONS = REST_OPTIONS(config)
