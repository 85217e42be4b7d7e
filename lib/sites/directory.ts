/**
 * Where each site of an install is served, for everything that must agree on it: the server
 * layer (which site a request is for), the pages (the links they print) and the feeds, sitemaps
 * and calendars (their absolute URLs). Pure functions over the sites' records; the records come
 * from the database (lib/sites/registry.ts for pages, server/siteDirectory.ts for the layer).
 *
 * - The **province site** (the lowest-ID site of kind `tinh`, else the lowest-ID site: an install
 *   with one site has only it) is served at the root of the install's own hosts (SERVER_URL,
 *   SITE_HOSTS, loopback) and at any host listed on it.
 * - A site **with hosts** (`<xa>.<province host>`) is served at the root of its first host, with
 *   the same paths as the province's.
 * - A site **without hosts** is served under the reserved prefix `/don-vi/<slug>` on the
 *   install's own hosts: the fallback for development, tests and installs without a wildcard
 *   certificate.
 * Inside Next every site's pages live under that same prefix (app/(frontend)/don-vi/[site]/); the
 * server layer rewrites each request to it.
 */
export const SITE_PREFIX = '/don-vi'

export type SiteEntry = {
  id: number | string
  slug: string
  name: string
  kind: string
  /** Host names (with a port when not the default), lower case, first one canonical. */
  hosts: string[]
  archivedFrom: string | null
}

/** The fields of a site's record a SiteEntry is made of, and how. */
export const SITE_ENTRY_SELECT = {
  name: true,
  slug: true,
  kind: true,
  hosts: true,
  archivedFrom: true,
} as const

export const siteEntryOf = (doc: {
  id: number | string
  slug: string
  name: string
  kind: string
  hosts?: { host: string }[] | null
  archivedFrom?: string | null
}): SiteEntry => ({
  id: doc.id,
  slug: doc.slug,
  name: doc.name,
  kind: doc.kind,
  hosts: (doc.hosts ?? []).map((row) => row.host.trim().toLowerCase()).filter(Boolean),
  archivedFrom: doc.archivedFrom ?? null,
})

const byId = (a: SiteEntry, b: SiteEntry) =>
  typeof a.id === 'number' && typeof b.id === 'number'
    ? a.id - b.id
    : String(a.id).localeCompare(String(b.id))

/** The province site (see above), or undefined for an install with no site yet. */
export const provinceSiteOf = (sites: readonly SiteEntry[]): SiteEntry | undefined => {
  const sorted = [...sites].sort(byId)
  return sorted.find((site) => site.kind === 'tinh') ?? sorted[0]
}

/** A host as the layer compares it: lower case, no trailing dot. */
export const normalHost = (host: string): string =>
  host
    .trim()
    .toLowerCase()
    .replace(/\.(?=:|$)/, '')

/** A host entry is a name with an optional port: no scheme, path, user or spaces. */
export const isValidHost = (host: string): boolean =>
  /^(?=.{1,253}(?::|$))([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/.test(
    normalHost(host),
  )

export type SiteDirectory = {
  sites: readonly SiteEntry[]
  province: SiteEntry | undefined
  bySlug: (slug: string) => SiteEntry | undefined
  byId: (id: number | string | null | undefined) => SiteEntry | undefined
  /** The site a host names by its own `hosts` (the province's too), or undefined. */
  byHost: (host: string) => SiteEntry | undefined
  /** Served at the root of its own host (not the province, which has the install's hosts). */
  hasOwnHost: (site: SiteEntry) => boolean
  /** The path prefix the site's pages carry on their host: '' or `/don-vi/<slug>`. */
  prefixOf: (site: SiteEntry) => string
  /** The site's origin: its first host, or the install's (SERVER_URL). */
  originOf: (site: SiteEntry) => string
}

export const siteDirectory = (sites: readonly SiteEntry[], installUrl: URL): SiteDirectory => {
  const province = provinceSiteOf(sites)
  const slugs = new Map(sites.map((site) => [site.slug, site]))
  const ids = new Map(sites.map((site) => [String(site.id), site]))
  const hosts = new Map<string, SiteEntry>()
  for (const site of [...sites].sort(byId)) {
    for (const host of site.hosts) if (!hosts.has(normalHost(host))) hosts.set(normalHost(host), site)
  }
  const hasOwnHost = (site: SiteEntry) => site.id !== province?.id && site.hosts.length > 0
  return {
    sites,
    province,
    bySlug: (slug) => slugs.get(slug),
    byId: (id) => (id === null || id === undefined ? undefined : ids.get(String(id))),
    byHost: (host) => {
      const name = normalHost(host)
      return hosts.get(name) ?? hosts.get(name.replace(/:\d+$/, ''))
    },
    hasOwnHost,
    prefixOf: (site) => (site.id === province?.id || hasOwnHost(site) ? '' : `${SITE_PREFIX}/${site.slug}`),
    originOf: (site) =>
      hasOwnHost(site) ? `${installUrl.protocol}//${normalHost(site.hosts[0])}` : installUrl.origin,
  }
}

/** The path inside Next of a site's page: `/don-vi/<slug>` and the path as the site serves it. */
export const internalPath = (site: Pick<SiteEntry, 'slug'>, path: string): string =>
  `${SITE_PREFIX}/${site.slug}${path === '/' ? '' : path}`

/**
 * Links as one site prints them: its own pages by path (with its prefix), another site's by
 * absolute URL, since a site with its own host and the province never share an origin.
 */
export type SiteLinker = {
  site: SiteEntry
  /** A path of this site, as its pages link to it. */
  here: (path: string) => string
  /** A path of the site `siteId` (this one when it is unknown), from this site's pages. */
  on: (siteId: number | string | null | undefined, path: string) => string
  /** The absolute URL of a path of this site (canonical links, feeds, sitemaps). */
  absolute: (path: string) => string
  /** The absolute URL of a path of the site `siteId`. */
  absoluteOn: (siteId: number | string | null | undefined, path: string) => string
}

export const siteLinker = (directory: SiteDirectory, site: SiteEntry): SiteLinker => {
  const pathOn = (target: SiteEntry, path: string) => {
    const prefix = directory.prefixOf(target)
    return prefix && path === '/' ? prefix : `${prefix}${path}`
  }
  const absoluteOn = (siteId: number | string | null | undefined, path: string) => {
    const target = directory.byId(siteId) ?? site
    return `${directory.originOf(target)}${pathOn(target, path)}`
  }
  const sameOrigin = (target: SiteEntry) => directory.originOf(target) === directory.originOf(site)
  return {
    site,
    here: (path) => pathOn(site, path),
    on: (siteId, path) => {
      const target = directory.byId(siteId) ?? site
      return sameOrigin(target) ? pathOn(target, path) : absoluteOn(target.id, path)
    },
    absolute: (path) => absoluteOn(site.id, path),
    absoluteOn,
  }
}
