export { documentPath, routes, safeHref } from './builders'
export {
  countablePath,
  disallowedPrefixes,
  isPerSite,
  NOT_FOUND_ROUTE,
  ROUTE_TABLE,
  type RouteEntry,
  type RouteKind,
  routeOf,
  sitemapPages,
} from './table'
