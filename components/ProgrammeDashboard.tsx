import Link from 'next/link'

import { fill, t } from '../lib/i18n'
import { nearestToTarget, type ProgrammeFigures } from '../lib/programme/figures'
import { routes } from '../lib/routes'
import { here } from '../lib/sites/registry'
import { formatDecimal, formatInteger } from '../lib/vi/format'
import type { Commune } from '../payload-types'
import { CriteriaBar } from './CriteriaBar'

/** The programme's figures, computed from the communes' data; never typed in. */
export const ProgrammeDashboard = ({
  figures,
  communes,
}: {
  figures: ProgrammeFigures
  communes: Commune[]
}) => {
  const xa = communes.filter((c) => c.kind === 'xa')
  const nearest = nearestToTarget(communes)
  const stats: [string, string][] = [
    [formatInteger(figures.recognised), t.dashboard.recognised],
    [formatInteger(figures.advanced), t.dashboard.advanced],
    [formatInteger(figures.model), t.dashboard.model],
    [formatInteger(figures.notYet), t.dashboard.notYet],
    [formatDecimal(figures.averageCriteriaMet), t.dashboard.average],
  ]
  return (
    <section className="dashboard" aria-labelledby="ket-qua-ntm">
      <h2 id="ket-qua-ntm">{t.dashboard.title}</h2>
      <ul className="dashboard__stats">
        {stats.map(([value, caption]) => (
          <li key={caption}>
            <strong>{value}</strong> {caption}
          </li>
        ))}
      </ul>
      <p className="meta">
        {fill(t.dashboard.ofTotal, { n: formatInteger(figures.communes) })} {t.dashboard.computedNote}
      </p>

      {nearest.length ? (
        <>
          <h3>{t.dashboard.nearest}</h3>
          <ul className="dashboard__nearest">
            {nearest.map(({ commune, remaining, met, total }) => (
              <li key={commune.id}>
                <Link href={here(routes.commune(commune.slug))}>{commune.name}</Link>:{' '}
                {commune.target?.level && commune.target.year
                  ? fill(t.communePage.targetText, {
                      level: t.options.ntmStatus[commune.target.level],
                      year: commune.target.year,
                    })
                  : null}
                , {met}/{total}, {fill(t.dashboard.remaining, { n: remaining })}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <div className="table-scroll">
        <table className="bar-chart">
          <caption>
            {t.dashboard.chartTitle} <span className="meta">({t.dashboard.chartCaption})</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.communePage.name}</th>
              <th scope="col">{t.communePage.criteriaMet}</th>
            </tr>
          </thead>
          <tbody>
            {xa.map((commune) => (
              <tr key={commune.id}>
                <th scope="row">
                  <Link href={here(routes.commune(commune.slug))}>{commune.name}</Link>
                </th>
                <td>
                  <CriteriaBar met={commune.progress?.ntmMet ?? 0} total={commune.progress?.total ?? 0} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
