import { siteUrl } from '@/lib/metadata'
import { openApiDocument } from '@/lib/openapi/schema'
import { payloadClient } from '@/lib/queries/payload'

/** The OpenAPI 3.1 description of the public API, from the live collection configs. */
export const GET = async () => {
  const payload = await payloadClient()
  return Response.json(openApiDocument(payload.config, siteUrl().origin), {
    headers: { 'cache-control': 'public, max-age=300' },
  })
}
