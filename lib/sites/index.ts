/**
 * The site of an install that serves one: every key the server keeps (answers in memory, rate
 * limits, statistics) carries a site, and until the sites issue adds more, this is the one.
 */
export const DEFAULT_SITE_ID = 'default'

/**
 * The statistics' key for every site at once: the province's figures are the sum of its sites'
 * (and of the rows kept before sites existed, under DEFAULT_SITE_ID).
 */
export const ALL_SITES = '*'

/** A site's key in the statistics and the server layer's memory: its ID as text. */
export const siteKey = (site: { id: number | string }): string => String(site.id)

/** The statistics' key of a site's public figures: the province's is the sum of all. */
export const statsKeyOf = (site: { id: number | string }, isProvince: boolean): string =>
  isProvince ? ALL_SITES : siteKey(site)
