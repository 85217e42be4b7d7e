import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { sameSitePath } from '@/lib/routes/localPath'

/** Leaves draft preview and returns to the published page. */
export const GET = async (request: Request): Promise<Response> => {
  ;(await draftMode()).disable()
  redirect(sameSitePath(new URL(request.url).searchParams.get('path')) ?? '/')
}
