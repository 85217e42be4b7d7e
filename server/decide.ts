import { isPerSite, NOT_FOUND_ROUTE, routeOf } from '../lib/routes'
import { internalPath } from '../lib/sites/directory'
import { siteKey, statsKeyOf } from '../lib/sites'
import { answerKey, type Decided } from './pipeline'
import { encodePath, type SiteRouter } from './sites/routing'

/** Kinds of answers the memory may keep (when Next marks them shareable). */
const KEPT_KINDS = new Set(['page', 'file', 'api', 'graphql'])

export type Decision = Decided | { redirect: string }

/**
 * What a request for `url` on `host` is, once per request: its site (server/sites/routing.ts),
 * its route (the one route table, over the path as the site serves it), the URL Next gets (a
 * site's pages and files are rewritten to `/don-vi/<slug>/…` inside Next, so Next's own cache is
 * per site by path) and, when its answer may be kept (`mayKeep`: an anonymous read without an
 * Origin, on a host that is a site's, on a route whose answers can be), its key in the memory of
 * answers, which carries the site and the host.
 */
export const decideRequest = (
  router: SiteRouter,
  request: {
    url: string
    pathname: string
    search: string
    host: string
    anonymous: boolean
    mayKeep: boolean
    /** In Next's draft mode (its cookie): staff previewing (app/(frontend)/xem-truoc). */
    preview?: boolean
  },
): Decision => {
  const { url, pathname, search, host, anonymous, mayKeep } = request
  const placed = router.route(host, pathname, request.preview)
  if (placed.redirect !== undefined) return { redirect: `${placed.redirect}${search}` }
  const { site, known, prefix, path } = placed
  let route = routeOf(path)
  // Under a site's prefix only its pages, files and statistics exist.
  if (prefix && !isPerSite(route) && route.kind !== 'stats') route = NOT_FOUND_ROUTE
  const perSite = site !== null && isPerSite(route)
  // Next would redirect `/tin-tuc/` to its own path inside, prefix included: redirect here.
  if (perSite && path.length > 1 && path.endsWith('/')) {
    return { redirect: `${prefix}${path.replace(/\/+$/, '')}${search}` }
  }
  const siteId = site && known ? siteKey(site) : null
  const isProvince = site !== null && site.id === router.directory()?.province?.id
  return {
    route,
    siteId,
    statsKey: site && known ? statsKeyOf(site, isProvince) : null,
    key: mayKeep && siteId && KEPT_KINDS.has(route.kind) ? answerKey(siteId, host, pathname, search) : null,
    host,
    url,
    nextUrl: perSite ? `${encodePath(internalPath(site, path))}${search}` : url,
    siteBase: site ? internalPath(site, '') : null,
    prefix,
    anonymous,
  }
}
