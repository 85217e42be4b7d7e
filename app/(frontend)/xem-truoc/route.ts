import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isStaffUser } from '@/access/roles'
import { sameSitePath } from '@/lib/routes/localPath'
import { payloadClient } from '@/lib/queries/payload'
import { internalPath } from '@/lib/sites/directory'
import { readSiteDirectory } from '@/lib/sites/registry'

/**
 * Draft preview for logged-in staff: /xem-truoc?path=/tin-tuc/<slug>[&site=<id>] turns on Next's
 * draft mode (a cookie that bypasses the page cache) and opens the page of that site, which then
 * reads drafts. Every site is previewed on the install's own host, where the staff's session is:
 * under its `/don-vi/<slug>` prefix (the server layer serves a site with a host of its own there
 * too while draft mode is on), the province's at the root.
 */
export const GET = async (request: Request): Promise<Response> => {
  const query = new URL(request.url).searchParams
  const path = sameSitePath(query.get('path') ?? '/')
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
  const directory = await readSiteDirectory()
  const site = directory.byId(query.get('site')) ?? directory.province
  ;(await draftMode()).enable()
  redirect(site && site.id !== directory.province?.id ? internalPath(site, path) : path)
}
