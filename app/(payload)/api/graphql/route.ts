import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlBodyProblem } from '@/lib/api/graphqlBody'

const payloadGraphql = GRAPHQL_POST(config)

export const POST = async (request: Request): Promise<Response> => {
  if ((request.headers.get('content-type') ?? '').includes('json')) {
    const problem = graphqlBodyProblem(await request.clone().text())
    if (problem) return Response.json({ errors: [{ message: problem }] }, { status: 400 })
  }
  return payloadGraphql(request)
}
export const OPTIONS = REST_OPTIONS(config)
