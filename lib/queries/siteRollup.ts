import { articleTags } from '../cacheTags'
import { siteKey } from '../sites'
import { siteActivity, type SiteRollup } from '../sites/activity'
import { readSummary } from '../stats/service'
import { cachedRead } from './cache'
import { payloadClient } from './payload'

/** A site's visits this month, from the visitor statistics (null when they cannot be read). */
export const visitsThisMonth = async (siteId: number | string): Promise<number | null> =>
  (await readSummary(siteKey({ id: siteId })))?.month ?? null

/**
 * The province's roll-up for its home page: the same figures as the admin's panel
 * (lib/sites/activity.ts), cached like every public read; visits are at most a minute old.
 */
export const siteRollup = cachedRead(
  'siteRollup',
  ['tenants', 'communes'],
  async (): Promise<SiteRollup> => siteActivity(await payloadClient(), new Date(), visitsThisMonth),
  () => [articleTags.list],
)
