import type { GlobalConfig } from 'payload'

import { countPartnerRequest } from '../lib/partners/usage'

/**
 * A global read through REST or GraphQL with a partner's key counts against the partner's day
 * like a collection read (hooks/apiQueryGuard.ts): a disabled partner gets 403, one past its
 * limit 429.
 */
type BeforeOperation = NonNullable<NonNullable<GlobalConfig['hooks']>['beforeOperation']>[number]

export const countPartnerGlobalRead: BeforeOperation = async ({ args, operation, req }) => {
  if (operation === 'read' && (req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL')) {
    await countPartnerRequest(req)
  }
  return args
}
