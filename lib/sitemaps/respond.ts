import escapeHTML from 'escape-html'

import { t } from '../i18n'
import { sitemapCollections, sitemapPartPaths, sitemapParts } from '../queries/sitemap'
import { parsePartName, partName } from './parts'
import { disallowedPrefixes, routes, sitemapPages } from '../routes'
import { routeSite } from '../sites/registry'

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

type Entry = { loc: string; lastmod: string | null }

const urlSet = (entries: Entry[]): Response =>
  xml(
    `<urlset xmlns="${NAMESPACE}">${entries
      .map(
        (entry) =>
          `<url><loc>${escapeHTML(entry.loc)}</loc>${entry.lastmod ? `<lastmod>${escapeHTML(entry.lastmod)}</lastmod>` : ''}</url>`,
      )
      .join('')}</urlset>`,
  )

/**
 * `/sitemap.xml`: an index of the site's fixed pages (`/sitemap-trang.xml`), of its documents in
 * parts (`/sitemap/bai-viet-0.xml`…, lib/sitemaps/parts.ts: none grows with the content), and,
 * for the province, of every other site's sitemap, on that site's host or prefix.
 */
export const sitemapRoute = async (_request: Request, { params }: SiteParams): Promise<Response> => {
  const site = await routeSite(params)
  if (!site) return notFound()
  const parts = await sitemapParts(site.site.id, site.isProvince)
  const sitemaps = [
    site.links.absolute(routes.ownSitemap()),
    ...parts.map((part) => site.links.absolute(routes.sitemapPart(partName(part)))),
    ...(site.isProvince
      ? site.directory.sites
          .filter((other) => other.id !== site.site.id)
          .map((other) => site.links.absoluteOn(other.id, routes.sitemap()))
      : []),
  ]
  return xml(
    `<sitemapindex xmlns="${NAMESPACE}">${sitemaps
      .map((loc) => `<sitemap><loc>${escapeHTML(loc)}</loc></sitemap>`)
      .join('')}</sitemapindex>`,
  )
}

/** `/sitemap-trang.xml`: a site's fixed pages (home, lists, contact…), from the route table. */
export const ownSitemapRoute = async (_request: Request, { params }: SiteParams): Promise<Response> => {
  const site = await routeSite(params)
  if (!site) return notFound()
  return urlSet(sitemapPages().map((path) => ({ loc: site.links.absolute(path), lastmod: null })))
}

/** `/sitemap/<part>.xml`: one part of a site's documents; a part the site has no such collection for is a 404. */
export const sitemapPartRoute = async (
  _request: Request,
  { params }: { params: Promise<{ site: string; part: string }> },
): Promise<Response> => {
  const site = await routeSite(params)
  const part = parsePartName((await params).part)
  if (!site || !part || !sitemapCollections(site.isProvince).includes(part.collection)) return notFound()
  const documents = await sitemapPartPaths(site.site.id, part)
  return urlSet(documents.map((doc) => ({ loc: site.links.absolute(doc.path), lastmod: doc.updatedAt })))
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
