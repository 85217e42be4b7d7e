import type { Payload, TypedUser } from 'payload'

import { sitesWithRole } from '../../access/roles'
import { ALL_SITES, siteKey } from '../../lib/sites'
import { dictionaries, fill, type Language } from '../../lib/i18n'
import { dashboardFigures } from '../../lib/stats/dashboard'
import { formatDate, formatInteger } from '../../lib/vi/format'
import { VisitsChart } from './VisitsChart'

type Props = { payload: Payload; user?: TypedUser | null; i18n?: { language?: string } }

const dayLabel = (day: string) => formatDate(`${day}T05:00:00.000Z`)

/**
 * The editors' statistics on the admin dashboard: visits per day for 30 days (a bar chart with
 * dated axes, and the same figures in a table) and the most-read articles, of the sites the
 * editor works for (province-wide editors: every site's, summed). Journalists do not see it, as
 * they do not see the counters.
 */
export const StatsPanel = async ({ payload, user, i18n }: Props) => {
  const sites = sitesWithRole(user, 'editor')
  if (sites !== true && !sites.length) return null
  const d = dictionaries[(i18n?.language === 'en' ? 'en' : 'vi') as Language].stats
  const { rows, filtered, mostRead } = await dashboardFigures(payload, {
    site: sites === true ? ALL_SITES : sites.map((site) => siteKey({ id: site })),
  })
  const busiest = rows.reduce((best, row) => (row.visits > best.visits ? row : best), rows[0])
  return (
    <section className="ntm-panel" aria-labelledby="ntm-stats-title">
      <h2 id="ntm-stats-title">{d.dashboardTitle}</h2>
      <VisitsChart
        rows={rows}
        title={d.dashboardTitle}
        summary={fill(d.chartSummary, { max: formatInteger(busiest.visits), day: dayLabel(busiest.day) })}
      />
      <p>
        {fill(d.filtered, {
          bots: formatInteger(filtered.bots),
          rateLimited: formatInteger(filtered.rateLimited),
          declined: formatInteger(filtered.declined),
          ignored: formatInteger(filtered.ignored),
        })}
      </p>
      <details>
        <summary>{d.tableOfChart}</summary>
        <div className="table">
          <table>
            <thead>
              <tr>
                <th scope="col">{d.dashboardDay}</th>
                <th scope="col">{d.dashboardVisits}</th>
                <th scope="col">{d.dashboardViews}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.day}>
                  <th scope="row">{dayLabel(row.day)}</th>
                  <td>{formatInteger(row.visits)}</td>
                  <td>{formatInteger(row.pageViews)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <h3>{d.mostRead}</h3>
      {mostRead.length ? (
        <ol>
          {mostRead.map((item) => (
            <li key={item.path}>
              {item.id !== null ? (
                <a href={`/admin/collections/articles/${item.id}`}>{item.title}</a>
              ) : (
                <span>{item.path}</span>
              )}{' '}
              — {formatInteger(item.views)} {d.dashboardViews.toLowerCase()}
            </li>
          ))}
        </ol>
      ) : (
        <p>{d.noData}</p>
      )}
    </section>
  )
}
