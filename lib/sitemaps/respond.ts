import escapeHTML from 'escape-html'

import { t } from '../i18n'
import { publicDocumentPaths } from '../queries/sitemap'
import { disallowedPrefixes, routes, sitemapPages } from '../routes'
import { routeSite, type SiteContext } from '../sites/registry'

type SiteParams = { params: Promise<{ site: string }> }

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9'

const xml = (body: string) =>
  new Response(`${XML_HEAD}${body}\n`, {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=60' },
  })

const notFound = () =>
  new Response(t.site.notFoundTitle, {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })

/** One site's own pages: its fixed pages and its documents (the province's: and the shared registry's). */
const urlSet = async (site: SiteContext): Promise<Response> => {
  const documents = await publicDocumentPaths(site.site.id, site.isProvince)
  const entries = [
    ...sitemapPages().map((path) => ({ loc: site.links.absolute(path), lastmod: null as string | null })),
    ...documents.map((doc) => ({ loc: site.links.absolute(doc.path), lastmod: doc.updatedAt })),
  ]
  return xml(
    `<urlset xmlns="${NAMESPACE}">${entries
      .map(
        (entry) =>
          `<url><loc>${escapeHTML(entry.loc)}</loc>${entry.lastmod ? `<lastmod>${escapeHTML(entry.lastmod)}</lastmod>` : ''}</url>`,
      )
      .join('')}</urlset>`,
  )
}

/**
 * `/sitemap.xml`: a site's pages; the province's, once there are other sites, is an index of its own pages
 * (`/sitemap-trang.xml`) and every other site's sitemap, on that site's host or prefix.
 */
export const sitemapRoute = async (_request: Request, { params }: SiteParams): Promise<Response> => {
  const site = await routeSite(params)
  if (!site) return notFound()
  // An install with one site keeps the plain sitemap it always had.
  if (!site.isProvince || site.directory.sites.length === 1) return urlSet(site)
  const sitemaps = [
    site.links.absolute(routes.ownSitemap()),
    ...site.directory.sites
      .filter((other) => other.id !== site.site.id)
      .map((other) => site.links.absoluteOn(other.id, routes.sitemap())),
  ]
  return xml(
    `<sitemapindex xmlns="${NAMESPACE}">${sitemaps
      .map((loc) => `<sitemap><loc>${escapeHTML(loc)}</loc></sitemap>`)
      .join('')}</sitemapindex>`,
  )
}

/** `/sitemap-trang.xml`: a site's own pages (what its `/sitemap.xml` lists, for the province's index). */
export const ownSitemapRoute = async (_request: Request, { params }: SiteParams): Promise<Response> => {
  const site = await routeSite(params)
  return site ? urlSet(site) : notFound()
}

/**
 * `/robots.txt` of a host: the rows the route table disallows, for the site at the root and,
 * on the install's hosts, for every site served under its `/don-vi/<slug>` prefix; and the
 * host's sitemap.
 */
export const robotsRoute = async (_request: Request, { params }: SiteParams): Promise<Response> => {
  const site = await routeSite(params)
  if (!site) return notFound()
  const prefixes = site.isProvince
    ? [
        '',
        ...site.directory.sites
          .map((other) => site.directory.prefixOf(other))
          .filter((prefix) => prefix !== ''),
      ]
    : ['']
  const lines = [
    'User-Agent: *',
    'Allow: /',
    ...prefixes.flatMap((prefix) => disallowedPrefixes().map((path) => `Disallow: ${prefix}${path}`)),
    '',
    `Sitemap: ${site.links.absolute(routes.sitemap())}`,
  ]
  return new Response(`${lines.join('\n')}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=60' },
  })
}
