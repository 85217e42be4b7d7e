/**
 * The site of an install that serves one: every key the server keeps (answers in memory, rate
 * limits, statistics) carries a site, and until the sites issue adds more, this is the one.
 */
export const DEFAULT_SITE_ID = 'default'
