import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlBodyProblem } from '@/lib/api/graphqlBody'
import { graphqlFromGet } from '@/lib/api/graphqlGet'

const payloadGraphql = GRAPHQL_POST(config)

export const POST = async (request: Request): Promise<Response> => {
  if ((request.headers.get('content-type') ?? '').includes('json')) {
    const problem = graphqlBodyProblem(await request.clone().text())
    if (problem) return Response.json({ errors: [{ message: problem }] }, { status: 400 })
  }
  return payloadGraphql(request)
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
