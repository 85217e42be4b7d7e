import { draftMode, headers } from 'next/headers'

import { isStaffUser } from '../../access/roles'
import { payloadClient } from '../queries/payload'

/**
 * The staff member previewing drafts, if any: draft mode is on (set by /xem-truoc) and the
 * request carries a valid admin session. Anyone else gets the published, cached page.
 */
export const previewUser = async (): Promise<unknown | undefined> => {
  if (!(await draftMode()).isEnabled) return undefined
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return isStaffUser(user) ? user : undefined
}
