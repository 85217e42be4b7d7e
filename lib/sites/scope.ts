import type { Where } from 'payload'

import type { SiteDirectory, SiteEntry } from './directory'

/**
 * Whose published content a public read covers: one site's, or every site's (the province's
 * pages, the partner API). A plain value, so cached reads key on it.
 */
export type SiteScope = number | string | 'all'

/** The province's site shows every site's content; a commune's its own. */
export const scopeOfSite = (directory: SiteDirectory, site: SiteEntry): SiteScope =>
  site.id === directory.province?.id ? 'all' : site.id

/** The condition a read of a site-scoped collection (lib/sites/scoped.ts) adds. */
export const inScope = (scope: SiteScope): Where => (scope === 'all' ? {} : { tenant: { equals: scope } })

/** `where` narrowed to the scope. */
export const scoped = (scope: SiteScope, where: Where): Where => {
  if (scope === 'all') return where
  return Object.keys(where).length ? { and: [where, inScope(scope)] } : inScope(scope)
}
