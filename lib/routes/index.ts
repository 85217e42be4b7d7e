export { documentPath, routes, safeHref } from './builders'
export {
  countablePath,
  disallowedPrefixes,
  ROUTE_TABLE,
  type RouteEntry,
  type RouteKind,
  routeOf,
  sitemapPages,
} from './table'
