import { withVietnameseOrder } from '../fields/sortKey'
import { withApiGuard } from '../hooks/apiQueryGuard'
import { withSearchIndex } from '../hooks/searchIndex'
import { Articles } from './Articles'
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
export const collections = [
  withSearchIndex(Articles),
  withSearchIndex(Events),
  withVietnameseOrder(Categories, 'name'),
  Media,
  withSearchIndex(withVietnameseOrder(Communes, 'name')),
  withSearchIndex(Criteria),
  CriteriaSets,
  withVietnameseOrder(Tenants, 'name'),
  withVietnameseOrder(Users, 'displayName'),
  Partners,
  PartnerUsage,
  ...statsCollections,
  ...systemCollections,
].map(withApiGuard)
