import type { Endpoint } from 'payload'

/**
 * `DELETE /api/payload-preferences/:key` for a key the account has no preference under: Payload's
 * SQLite adapter builds a query it cannot run for that case (a 500). Answer 404 first, as
 * Payload means to, and leave every other case to Payload's own handler.
 */
export const missingPreference = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    const key = String(req.routeParams?.key ?? '')
    if (req.user) {
      const { totalDocs } = await req.payload.count({
        collection: 'payload-preferences',
        where: {
          and: [
            { key: { equals: key } },
            { 'user.value': { equals: req.user.id } },
            { 'user.relationTo': { equals: req.user.collection } },
          ],
        },
        overrideAccess: true,
        req,
      })
      if (totalDocs === 0)
        return Response.json({ errors: [{ message: req.t('general:notFound') }] }, { status: 404 })
    }
    return endpoint.handler(req)
  },
})
