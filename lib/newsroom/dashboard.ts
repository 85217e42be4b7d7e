import type { Payload, Where } from 'payload'

import { isEditorUser, sitesWithRole } from '../../access/roles'
import { notProvisional } from '../../hooks/provisionalDrafts'
import type { Article, User } from '../../payload-types'

export type DeskItem = Pick<Article, 'id' | 'title' | 'updatedAt' | 'workflow'> & { editedBy: string | null }

const toItem = (
  doc: Pick<Article, 'id' | 'title' | 'updatedAt' | 'workflow' | 'lastEditedBy'>,
): DeskItem => ({
  id: doc.id,
  title: doc.title,
  updatedAt: doc.updatedAt,
  workflow: doc.workflow,
  editedBy: typeof doc.lastEditedBy === 'object' && doc.lastEditedBy ? doc.lastEditedBy.displayName : null,
})

const latest = async (payload: Payload, where: Where, limit: number): Promise<DeskItem[]> => {
  const { docs } = await payload.find({
    collection: 'articles',
    draft: true,
    where,
    sort: '-updatedAt',
    limit,
    depth: 1,
    overrideAccess: true,
    // No `select`: with drafts it drops the latest version's fields (the titles came back empty).
    populate: { users: { displayName: true } },
  })
  return docs.map(toItem)
}

/**
 * The newsroom's desk: what awaits an editor (of the sites they edit) and the latest drafts (a
 * journalist sees their own).
 */
export const newsroomDesk = async (payload: Payload, user: User) => {
  const ownDrafts: Where = isEditorUser(user) ? {} : { authors: { contains: user.id } }
  const edited = sitesWithRole(user, 'editor')
  const awaiting: Where = { workflow: { equals: 'cho-duyet' } }
  const [awaitingReview, drafts] = await Promise.all([
    edited === true || edited.length
      ? latest(payload, edited === true ? awaiting : { and: [awaiting, { tenant: { in: edited } }] }, 20)
      : Promise.resolve([]),
    latest(payload, { and: [{ _status: { equals: 'draft' } }, ownDrafts, notProvisional] }, 10),
  ])
  return { awaitingReview, drafts }
}
