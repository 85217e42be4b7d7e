/**
 * The page URLs a sitemap lists, following sitemap indexes (a site's parts, the province's other
 * sites) to their urlsets. `fetchText` reads one absolute URL, so each caller chooses the host.
 */
export const sitemapPages = async (
  url: string,
  fetchText: (url: string) => Promise<string>,
  options: { sameOrigin?: boolean } = {},
): Promise<{ pages: string[]; sitemaps: string[] }> => {
  const pages: string[] = []
  const sitemaps: string[] = []
  const queue = [url]
  const seen = new Set<string>()
  while (queue.length) {
    const next = queue.shift() as string
    if (seen.has(next)) continue
    seen.add(next)
    sitemaps.push(next)
    const text = await fetchText(next)
    const locs = [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    const follow = options.sameOrigin
      ? locs.filter((loc) => new URL(loc).origin === new URL(url).origin)
      : locs
    if (text.includes('<sitemapindex')) queue.push(...follow)
    else pages.push(...locs)
  }
  return { pages, sitemaps }
}
