import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { type Staff, withStaffPayload } from '../helpers/payload'

/** The newsroom's review workflow through the local API, access enforced. */
let payload: Payload
let staff: Staff

withStaffPayload((p, s) => {
  payload = p
  staff = s
})

const as = (user: User) => ({ overrideAccess: false, user })
const draft = (title: string) => ({ title }) as { title: string; slug: string }
const read = (id: number) =>
  payload.findByID({ collection: 'articles', id, overrideAccess: true, draft: true })

describe('draft → awaiting review → published', () => {
  it('a journalist submits, an editor sends back with a comment, then publishes; every save says who', async () => {
    const doc = await payload.create({
      collection: 'articles',
      draft: true,
      ...as(staff.journalist),
      data: draft('Xã Tân Liên làm đường'),
    })
    expect(doc.workflow).toBe('nhap')
    expect((doc.lastEditedBy as User).id ?? doc.lastEditedBy).toBe(staff.journalist.id)

    await payload.update({
      collection: 'articles',
      id: doc.id,
      draft: true,
      ...as(staff.journalist),
      data: { workflow: 'cho-duyet' },
    })
    expect((await read(doc.id)).workflow).toBe('cho-duyet')

    // A journalist can neither send back nor write the editor's comment.
    await expect(
      payload.update({
        collection: 'articles',
        id: doc.id,
        draft: true,
        ...as(staff.journalist),
        data: { workflow: 'tra-lai' },
      }),
    ).rejects.toMatchObject({ status: 400 })

    await payload.update({
      collection: 'articles',
      id: doc.id,
      draft: true,
      ...as(staff.editor),
      data: { workflow: 'tra-lai', reviewNote: 'Bổ sung số liệu km đường.' },
    })
    const returned = await read(doc.id)
    expect(returned.workflow).toBe('tra-lai')
    expect(returned.reviewNote).toBe('Bổ sung số liệu km đường.')

    await payload.update({
      collection: 'articles',
      id: doc.id,
      draft: true,
      ...as(staff.journalist),
      data: { summary: 'Đã bổ sung 3,5 km.', reviewNote: 'xoá ý kiến', workflow: 'cho-duyet' },
    })
    const resubmitted = await read(doc.id)
    expect(resubmitted.reviewNote).toBe('Bổ sung số liệu km đường.')
    expect(resubmitted.workflow).toBe('cho-duyet')

    const live = await payload.update({
      collection: 'articles',
      id: doc.id,
      ...as(staff.editor),
      data: { _status: 'published' },
    })
    expect(live.workflow).toBe('da-xuat-ban')

    const { docs: versions } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: doc.id } },
      sort: 'createdAt',
      depth: 0,
      limit: 100,
      overrideAccess: true,
    })
    const editors = versions.map((v) => v.version.lastEditedBy)
    expect(editors).toContain(staff.journalist.id)
    expect(editors.at(-1)).toBe(staff.editor.id)
    expect(versions.at(-1)?.version.lastEditedByName).toBe(staff.editor.displayName)
  })

  it('unpublishing puts the article back to draft', async () => {
    const doc = await payload.create({
      collection: 'articles',
      ...as(staff.editor),
      data: { ...draft('Tin sẽ gỡ'), _status: 'published' as const },
    })
    expect(doc.workflow).toBe('da-xuat-ban')
    const pulled = await payload.update({
      collection: 'articles',
      id: doc.id,
      ...as(staff.editor),
      data: { _status: 'draft' },
    })
    expect(pulled.workflow).toBe('nhap')
  })

  it('keeps the newsroom fields from the public', async () => {
    const doc = await payload.create({
      collection: 'articles',
      ...as(staff.editor),
      data: { ...draft('Tin công khai'), _status: 'published' as const },
    })
    const publicView = await payload.findByID({ collection: 'articles', id: doc.id, overrideAccess: false })
    expect(publicView).not.toHaveProperty('workflow')
    expect(publicView).not.toHaveProperty('reviewNote')
    expect(publicView).not.toHaveProperty('lastEditedBy')
  })
})
