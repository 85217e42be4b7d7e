/**
 * Which site a request is for, once per request, from its Host and path (lib/sites/directory.ts
 * says where each site is served):
 * - a host listed on a site is that site's;
 * - the install's own hosts (SERVER_URL's, SITE_HOSTS' aliases, the loopback names on the
 *   listening port) serve the province site, and under `/don-vi/<slug>` each site without a host
 *   of its own; that prefix on a site that has one (or on the province) redirects there;
 * - any other host is answered as the province site's, but nothing about it is kept (the memory
 *   of answers and the statistics skip it).
 */
import { normalHost, SITE_PREFIX, type SiteDirectory, type SiteEntry } from '../../lib/sites/directory'

export const installHosts = (env: NodeJS.ProcessEnv, port: number): Set<string> => {
  const hosts = new Set<string>()
  // server/config.ts has refused a bad SERVER_URL before this runs.
  if (env.SERVER_URL) hosts.add(normalHost(new URL(env.SERVER_URL).host))
  for (const alias of (env.SITE_HOSTS ?? '').split(',')) if (alias.trim()) hosts.add(normalHost(alias))
  for (const loopback of ['localhost', '127.0.0.1', '[::1]']) hosts.add(`${loopback}:${port}`)
  return hosts
}

export type SiteRoute =
  | { redirect: string }
  | {
      redirect?: undefined
      /** null only while an install has no site at all (before its first start finishes). */
      site: SiteEntry | null
      /** The host is the site's or the install's: answers may be kept. */
      known: boolean
      /** The path as the site serves it (its prefix removed). */
      path: string
      /** The prefix the request carried ('' or `/don-vi/<slug>`). */
      prefix: string
    }

const PREFIXED = new RegExp(`^${SITE_PREFIX}/([^/]+)(/.*)?$`)

export const siteRouter = (hosts: ReadonlySet<string>) => {
  let directory: SiteDirectory | null = null
  return {
    /** Replaces the sites known (at start, and after every change to one). */
    update: (next: SiteDirectory) => {
      directory = next
    },
    directory: () => directory,
    /** `preview`: the request is in Next's draft mode (server/decide.ts): a site with its own host is previewed under its prefix on the install's host, where the staff's session is. */
    route: (hostHeader: string | undefined, pathname: string, preview = false): SiteRoute => {
      const host = normalHost(hostHeader ?? '')
      const own = directory?.byHost(host)
      const province = directory?.province ?? null
      const known = Boolean(own) || hosts.has(host)
      if (own && own.id !== province?.id) return { site: own, known, path: pathname, prefix: '' }
      const prefixed = directory ? PREFIXED.exec(pathname) : null
      const target = prefixed ? directory?.bySlug(prefixed[1]) : undefined
      if (!directory || !prefixed || !target) return { site: province, known, path: pathname, prefix: '' }
      const rest = prefixed[2] ?? '/'
      if (target.id === province?.id) return { redirect: rest }
      if (directory.hasOwnHost(target) && !preview)
        return { redirect: `${directory.originOf(target)}${rest}` }
      return { site: target, known, path: rest, prefix: `${SITE_PREFIX}/${target.slug}` }
    },
  }
}

export type SiteRouter = ReturnType<typeof siteRouter>

/** A decoded path as a request target again: each segment percent-encoded. */
export const encodePath = (path: string): string =>
  path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
