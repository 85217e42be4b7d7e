import path from 'node:path'

import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { type Staff, withStaffPayload } from '../helpers/payload'

/**
 * A journalist changes only media they uploaded, and only while no published article shows it:
 * replacing an image or its alt text would change a live page without an editor.
 */
let payload: Payload
let staff: Staff

withStaffPayload((p, s) => {
  payload = p
  staff = s
})

const image = path.resolve('seed/media/hoi-nghi-so-ket.jpg')
const as = (who: keyof Staff) => ({ overrideAccess: false, user: { ...staff[who], collection: 'users' } })

const status = async (run: () => Promise<unknown>): Promise<number> => {
  try {
    await run()
    return 200
  } catch (error) {
    return (error as { status?: number }).status ?? 500
  }
}

describe('media rights', () => {
  it('a journalist edits their own upload until a published article shows it', async () => {
    const upload = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh của phóng viên', uploadedBy: staff.admin.id },
      filePath: image,
      ...as('journalist'),
    })
    // Recorded from the session, whatever the request said.
    expect(upload.uploadedBy).toMatchObject({ id: staff.journalist.id })

    const edit = (who: keyof Staff, alt: string) => () =>
      payload.update({
        collection: 'media',
        id: upload.id,
        data: { alt, uploadedBy: staff[who].id },
        ...as(who),
      })
    expect(await status(edit('journalist', 'Ảnh đã sửa'))).toBe(200)
    expect(await status(edit('journalist2', 'Ảnh của người khác'))).toBe(403)
    const after = await payload.findByID({ collection: 'media', id: upload.id, depth: 0 })
    expect(after.uploadedBy).toBe(staff.journalist.id)

    await payload.create({
      collection: 'articles',
      data: { title: `Bài có ảnh ${Date.now()}`, cover: upload.id, _status: 'published' } as never,
      ...as('editor'),
    })
    expect(await status(edit('journalist', 'Ảnh bị thay khi đang hiển thị'))).toBe(403)
    expect((await payload.findByID({ collection: 'media', id: upload.id })).alt).toBe('Ảnh đã sửa')
    expect(await status(edit('editor', 'Biên tập viên sửa'))).toBe(200)
  })
})
