import Link from 'next/link'

import { fill, t } from '../lib/i18n'
import { siteRollup } from '../lib/queries/siteRollup'
import { routes } from '../lib/routes'
import { ACTIVITY_DAYS } from '../lib/sites/activity'
import { currentSite } from '../lib/sites/registry'
import { formatDate, formatInteger } from '../lib/vi/format'

/**
 * The province's roll-up on its home page: every site with the current commune it speaks for
 * (status and criteria met), its articles in the last 30 days, its last publication and its
 * visits this month; the totals are the sums of the rows.
 */
export const SitesRollup = async () => {
  const { links } = currentSite()
  const { sites, totalRecentArticles, totalVisitsThisMonth } = await siteRollup()
  const d = t.sitesPanel
  const kinds = t.options.siteKind as Record<string, string>
  const statuses = t.options.ntmStatus as Record<string, string>
  return (
    <section aria-labelledby="cac-don-vi" className="sites-rollup">
      <h2 id="cac-don-vi">{d.publicTitle}</h2>
      <p>{d.publicIntro}</p>
      <div role="region" aria-labelledby="cac-don-vi" tabIndex={0} className="table-scroll">
        <table className="data-table">
          <caption>{fill(d.caption, { days: ACTIVITY_DAYS })}</caption>
          <thead>
            <tr>
              <th scope="col">{d.site}</th>
              <th scope="col">{d.kind}</th>
              <th scope="col">{d.commune}</th>
              <th scope="col">{fill(d.recent, { days: ACTIVITY_DAYS })}</th>
              <th scope="col">{d.last}</th>
              <th scope="col">{d.visits}</th>
            </tr>
          </thead>
          <tbody>
            {sites.map((site) => (
              <tr key={site.id} data-site={site.id}>
                <th scope="row">
                  <Link href={links.on(site.id, routes.home())}>{site.name}</Link>
                  {site.archived ? ` ${d.archived}` : null}
                </th>
                <td>{kinds[site.kind] ?? site.kind}</td>
                <td>
                  {site.commune ? (
                    <>
                      <Link href={links.here(routes.commune(site.commune.slug))}>
                        {statuses[site.commune.status] ?? site.commune.status}
                      </Link>
                      {site.commune.total
                        ? `, ${fill(d.criteriaMet, { met: site.commune.met, total: site.commune.total })}`
                        : null}
                    </>
                  ) : (
                    d.noCommune
                  )}
                </td>
                <td data-figure="recent">{formatInteger(site.recentArticles)}</td>
                <td>{site.lastPublished ? formatDate(site.lastPublished) : d.never}</td>
                <td data-figure="visits">
                  {site.visitsThisMonth === null ? '—' : formatInteger(site.visitsThisMonth)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{d.total}</th>
              <td />
              <td />
              <td data-figure="recent">{formatInteger(totalRecentArticles)}</td>
              <td />
              <td data-figure="visits">{formatInteger(totalVisitsThisMonth)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  )
}
