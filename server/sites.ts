/**
 * Which site a request is for, from its `Host` header, once per request. Today an install has one
 * site; the hosts it answers to are SERVER_URL's, SITE_HOSTS' (comma-separated aliases) and the
 * loopback names on the listening port (the server's own job runner, health checks, tests). A
 * request for any other host is still answered, but nothing about it is kept (no stored answer):
 * keys the server keeps always carry the site.
 */
import { DEFAULT_SITE_ID } from '../lib/sites'

export type Site = { id: string; hosts: ReadonlySet<string> }

const hostOf = (origin: string): string | null => {
  try {
    return new URL(origin).host.toLowerCase()
  } catch {
    return null
  }
}

export const configuredSites = (env: NodeJS.ProcessEnv, port: number): Site[] => {
  const hosts = new Set<string>()
  const serverHost = env.SERVER_URL ? hostOf(env.SERVER_URL) : null
  if (serverHost) hosts.add(serverHost)
  for (const alias of (env.SITE_HOSTS ?? '').split(',')) {
    const host = alias.trim().toLowerCase()
    if (host) hosts.add(host)
  }
  for (const loopback of ['localhost', '127.0.0.1', '[::1]']) hosts.add(`${loopback}:${port}`)
  return [{ id: DEFAULT_SITE_ID, hosts }]
}

/** The site a `Host` header names, or null for an unknown host. */
export const siteResolver = (sites: Site[]) => {
  const byHost = new Map<string, Site>()
  for (const site of sites) for (const host of site.hosts) byHost.set(host, site)
  return (hostHeader: string | undefined): Site | null => {
    if (!hostHeader) return null
    const host = hostHeader.toLowerCase().replace(/\.(?=:|$)/, '')
    return byHost.get(host) ?? null
  }
}
