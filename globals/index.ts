import { RelatedLinks } from './RelatedLinks'
import { SiteSettings } from './SiteSettings'

import { withSettingsAudit } from '../hooks/audit/settings'

/** Every change to one is recorded in the audit log. */
export const globals = [SiteSettings, RelatedLinks].map(withSettingsAudit)
