import { withVietnameseOrder } from '../fields/sortKey'
import { withApiGuard } from '../hooks/apiQueryGuard'
import { withAccountAudit } from '../hooks/audit/accounts'
import { withContentAudit } from '../hooks/audit/content'
import { withPartnerAudit } from '../hooks/audit/partners'
import { withSiteSettingsAudit } from '../hooks/audit/settings'
import { withSearchIndex } from '../hooks/searchIndex'
import { Articles } from './Articles'
import { AuditLog } from './AuditLog'
import { Categories } from './Categories'
import { Communes } from './Communes'
import { Criteria } from './Criteria'
import { CriteriaSets } from './CriteriaSets'
import { Events } from './Events'
import { Media } from './Media'
import { statsCollections } from './stats'
import { PartnerUsage } from './PartnerUsage'
import { Partners } from './Partners'
import { systemCollections } from './system'
import { Tenants } from './Tenants'
import { Users } from './Users'

/** In the admin's sidebar order. The slugs are the public API: never rename them. */
// Named things are ordered as Vietnamese is, by the database too (fields/sortKey.ts); what
// readers search is kept in the search index (hooks/searchIndex.ts, lib/search/sources.ts).
// What the audit log records (hooks/audit/): publishing, deletes and restores of content; sites'
// settings; accounts; partner keys.
export const collections = [
  withContentAudit(withSearchIndex(Articles)),
  withContentAudit(withSearchIndex(Events)),
  withContentAudit(withVietnameseOrder(Categories, 'name')),
  withContentAudit(Media),
  withContentAudit(withSearchIndex(withVietnameseOrder(Communes, 'name'))),
  withContentAudit(withSearchIndex(Criteria)),
  withContentAudit(CriteriaSets),
  withSiteSettingsAudit(withVietnameseOrder(Tenants, 'name')),
  withContentAudit(withAccountAudit(withVietnameseOrder(Users, 'displayName'))),
  withContentAudit(withPartnerAudit(Partners)),
  PartnerUsage,
  AuditLog,
  ...statsCollections,
  ...systemCollections,
].map(withApiGuard)
