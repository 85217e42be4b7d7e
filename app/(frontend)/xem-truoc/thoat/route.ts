import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Leaves draft preview and returns to the published page. */
export const GET = async (request: Request): Promise<Response> => {
  ;(await draftMode()).disable()
  const path = new URL(request.url).searchParams.get('path') ?? '/'
  redirect(path.startsWith('/') && !path.startsWith('//') ? path : '/')
}
