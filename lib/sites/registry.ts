import { notFound } from 'next/navigation'
import { cache } from 'react'

import { siteUrl } from './installUrl'
import { type RelationValue, relationId } from '../relations'
import { documentPath } from '../routes'
import { cachedRead } from '../queries/cache'
import { payloadClient } from '../queries/payload'
import { type SiteScope, scopeOfSite } from './scope'
import {
  type SiteDirectory,
  type SiteEntry,
  SITE_ENTRY_SELECT,
  siteEntryOf,
  type SiteLinker,
  siteDirectory,
  siteLinker,
} from './directory'

/** Every site's record as the public sees it, cached under the `tenants` tag. */
export const siteEntries = cachedRead('siteEntries', ['tenants'], async (): Promise<SiteEntry[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'tenants',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: 'id',
    select: SITE_ENTRY_SELECT,
  })
  return docs.map(siteEntryOf)
})

export const readSiteDirectory = async (): Promise<SiteDirectory> =>
  siteDirectory(await siteEntries(), siteUrl())

/**
 * What a page or feed of one site needs: the site, every site, the links it prints, and the
 * sites whose content it shows (`scope`: the province's shows every site's; a commune's its own).
 */
export type SiteContext = {
  site: SiteEntry
  directory: SiteDirectory
  links: SiteLinker
  isProvince: boolean
  /** Whose published content this site lists, searches and counts (lib/sites/scope.ts). */
  scope: SiteScope
}

const contextFor = (directory: SiteDirectory, site: SiteEntry): SiteContext => {
  const scope = scopeOfSite(directory, site)
  return { site, directory, links: siteLinker(directory, site), isProvince: scope === 'all', scope }
}

/** The context of the site `slug` (the `[site]` segment), or null when there is no such site. */
export const siteContextOf = async (slug: string): Promise<SiteContext | null> => {
  const directory = await readSiteDirectory()
  const site = directory.bySlug(decodeURIComponent(slug))
  return site ? contextFor(directory, site) : null
}

// One holder per server render (React's `cache` is per request): the page or layout that
// resolves its site sets it, and the components it renders read it without threading props.
const holder = cache((): { context: SiteContext | null } => ({ context: null }))

/** Resolves the `[site]` segment for this render and remembers it for `currentSite`. */
export const resolveSiteSegment = async (params: Promise<{ site: string }>): Promise<SiteContext | null> => {
  const context = await siteContextOf((await params).site)
  holder().context = context
  return context
}

/** The site of the page being rendered: set by `resolveSiteSegment` in its page or layout. */
export const currentSite = (): SiteContext => {
  const { context } = holder()
  if (!context) throw new Error('currentSite() outside a page that resolved its site (resolveSiteSegment)')
  return context
}

/** The props of a page under `app/(frontend)/don-vi/[site]/`, with its own parameters. */
export type SiteParams<Own extends object = object> = { params: Promise<{ site: string } & Own> }

/** The page's site (remembered for `currentSite`); a 404 for a slug that names no site. */
export const siteOf = async (params: Promise<{ site: string }>): Promise<SiteContext> =>
  (await resolveSiteSegment(params)) ?? notFound()

/** A route handler's site (feeds, calendars, sitemap…): `[site]` of its path; null for no such site. */
export const routeSite = async (params: Promise<{ site: string }>): Promise<SiteContext | null> =>
  siteContextOf((await params).site)

/** The absolute URL maker feeds and calendars use: a page of this site, or of the site `siteId`. */
export const pageUrlOf =
  ({ links }: SiteContext) =>
  (path: string, siteId?: number | string | null): string =>
    siteId === undefined || siteId === null ? links.absolute(path) : links.absoluteOn(siteId, path)

/** A path of the site being rendered, as its pages link to it (its prefix when it has one). */
export const here = (path: string): string => currentSite().links.here(path)

/** A path of the site `siteId` (a document's own site), from the site being rendered. */
export const hereOn = (siteId: number | string | null | undefined, path: string): string =>
  currentSite().links.on(siteId, path)

/**
 * The link to a document's public page from the site being rendered: on the document's own site
 * (articles and events belong to one), or this site's for shared ones (communes, criteria…).
 */
export const documentHref = (
  collection: string,
  doc: { slug?: string | null; tenant?: RelationValue },
): string | undefined => {
  const path = documentPath(collection, doc.slug)
  return path === undefined ? undefined : hereOn(relationId(doc.tenant), path)
}
