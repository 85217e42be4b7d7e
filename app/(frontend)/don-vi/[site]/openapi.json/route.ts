import { openApiDocument } from '@/lib/openapi/schema'
import { payloadClient } from '@/lib/queries/payload'
import { routes } from '@/lib/routes'
import { routeSite } from '@/lib/sites/registry'

/** The OpenAPI 3.1 description of the public API, from the live collection configs, on the site's host. */
export const GET = async (_request: Request, { params }: { params: Promise<{ site: string }> }) => {
  const [payload, site] = await Promise.all([payloadClient(), routeSite(params)])
  if (!site) return new Response(null, { status: 404 })
  const document = openApiDocument(
    payload.config,
    new URL(site.links.absolute('/')).origin,
    site.links.absolute(routes.partners()),
  )
  return Response.json(document, { headers: { 'cache-control': 'public, max-age=300' } })
}
