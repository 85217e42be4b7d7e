import { withApiGuard } from '../hooks/apiQueryGuard'
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
export const collections = [
  Articles,
  Events,
  Categories,
  Media,
  Communes,
  Criteria,
  CriteriaSets,
  Tenants,
  Users,
  Partners,
  PartnerUsage,
  ...statsCollections,
  ...systemCollections,
].map(withApiGuard)
