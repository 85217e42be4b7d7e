import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isStaffUser } from '@/access/roles'
import { sameSitePath } from '@/lib/routes/localPath'
import { payloadClient } from '@/lib/queries/payload'

/**
 * Draft preview for logged-in staff: /xem-truoc?path=/tin-tuc/<slug> turns on Next's draft mode
 * (a cookie that bypasses the page cache) and opens the page, which then reads drafts.
 */
export const GET = async (request: Request): Promise<Response> => {
  const path = sameSitePath(new URL(request.url).searchParams.get('path') ?? '/')
  if (!path) {
    return Response.json(
      { message: 'path must be a path on this site, such as /tin-tuc/abc' },
      { status: 400 },
    )
  }
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!isStaffUser(user)) {
    return Response.json({ message: 'Đăng nhập trang quản trị để xem bản nháp.' }, { status: 401 })
  }
  ;(await draftMode()).enable()
  redirect(path)
}
