import type { Payload, TypedUser } from 'payload'

import { provinceRoleOf } from '../../access/roles'
import { dictionaries, fill, type Language } from '../../lib/i18n'
import { visitsThisMonth } from '../../lib/queries/siteRollup'
import { ACTIVITY_DAYS, siteActivity } from '../../lib/sites/activity'
import { formatDate, formatInteger } from '../../lib/vi/format'

type Props = { payload: Payload; user?: TypedUser | null; i18n?: { language?: string } }

/** The province's roll-up in the admin: each site's recent articles and last publication (province-wide staff). */
export const SitesPanel = async ({ payload, user, i18n }: Props) => {
  if (provinceRoleOf(user) === undefined) return null
  const dictionary = dictionaries[(i18n?.language === 'en' ? 'en' : 'vi') as Language]
  const d = dictionary.sitesPanel
  const kinds = dictionary.options.siteKind as Record<string, string>
  const statuses = dictionary.options.ntmStatus as Record<string, string>
  const { sites, totalRecentArticles, totalVisitsThisMonth } = await siteActivity(
    payload,
    new Date(),
    visitsThisMonth,
  )
  return (
    <section aria-labelledby="ntm-sites-title" style={{ marginBottom: '2rem' }}>
      <h2 id="ntm-sites-title">{d.title}</h2>
      {/* Scrolls sideways on a phone rather than cutting columns off; reachable by keyboard. */}
      <div role="region" aria-labelledby="ntm-sites-title" tabIndex={0} style={{ overflowX: 'auto' }}>
        <table className="table">
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
              <tr key={site.id}>
                <th scope="row">
                  <a href={`/admin/collections/tenants/${site.id}`}>{site.name}</a>
                  {site.archived ? ` ${d.archived}` : null}
                </th>
                <td>{kinds[site.kind] ?? site.kind}</td>
                <td>
                  {site.commune
                    ? `${statuses[site.commune.status] ?? site.commune.status}, ${fill(d.criteriaMet, site.commune)}`
                    : d.noCommune}
                </td>
                <td>{formatInteger(site.recentArticles)}</td>
                <td>{site.lastPublished ? formatDate(site.lastPublished) : d.never}</td>
                <td>{site.visitsThisMonth === null ? '—' : formatInteger(site.visitsThisMonth)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{d.total}</th>
              <td />
              <td />
              <td>{formatInteger(totalRecentArticles)}</td>
              <td />
              <td>{formatInteger(totalVisitsThisMonth)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  )
}
