import type { Endpoint } from 'payload'

import { hasRoleAt, isEditorSomewhere } from '../access/roles'
import { relationId } from '../lib/relations'

const answer = (status: number, body: unknown) => Response.json(body, { status })

/**
 * `POST /api/<collection>/:id/schedule` `{ "at": "2026-12-01T01:00:00.000Z", "type": "publish" }`:
 * the admin's "schedule" (Payload's `schedulePublish` job, run by the server's own job runner)
 * for editors' tools and scripts. Editors of the article's site only; `at` must be a future instant.
 */
export const scheduleEndpoint = (collection: 'articles'): Endpoint => ({
  path: '/:id/schedule',
  method: 'post',
  handler: async (req) => {
    if (!isEditorSomewhere(req.user) || !req.user)
      return answer(403, { error: 'only editors schedule publishing' })
    let body: { at?: unknown; type?: unknown }
    try {
      body = (await req.json?.()) ?? {}
    } catch {
      return answer(400, { error: 'body must be JSON such as {"at":"2026-12-01T01:00:00.000Z"}' })
    }
    const at = typeof body.at === 'string' ? new Date(body.at) : null
    if (!at || Number.isNaN(at.getTime())) return answer(400, { error: '"at" must be an ISO date and time' })
    if (at.getTime() <= Date.now()) return answer(400, { error: '"at" must be in the future' })
    const type = body.type ?? 'publish'
    if (type !== 'publish' && type !== 'unpublish') {
      return answer(400, { error: '"type" must be "publish" or "unpublish"' })
    }
    const id = String(req.routeParams?.id ?? '')
    const found = await req.payload.find({
      collection,
      where: { id: { equals: id } },
      draft: true,
      limit: 1,
      depth: 0,
      req,
      overrideAccess: false,
    })
    if (!found.docs.length) return answer(404, { error: `no document ${id}` })
    const site = relationId((found.docs[0] as { tenant?: unknown }).tenant)
    if (!hasRoleAt(req.user, 'editor', site))
      return answer(403, { error: 'only editors of the article’s site schedule publishing' })
    const job = await req.payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil: at,
      input: {
        type,
        // Payload keeps this value as a string whatever the engine's ID type (payload#10481).
        doc: { relationTo: collection, value: id as unknown as number },
        user: { relationTo: req.user.collection, value: req.user.id },
      },
      req,
    })
    return answer(202, { job: job.id, at: at.toISOString(), type })
  },
})
