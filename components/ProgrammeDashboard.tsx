import Link from 'next/link'

import { fill, t } from '../lib/i18n'
import { figureNotes } from '../lib/programme/figureLines'
import { criteriaApply, nearestToTarget, type ProgrammeFigures } from '../lib/programme/figures'
import { routes } from '../lib/routes'
import { here } from '../lib/sites/registry'
import { formatInteger } from '../lib/vi/format'
import type { Commune } from '../payload-types'
import { targetText } from './CommuneTable'
import { CriteriaBar } from './CriteriaBar'
import { FigureList } from './FigureList'

/**
 * At most this many xã in the home page's chart: the page's size must not grow with the number of
 * communes (a province has hundreds); the rest are a link away, on /xa.
 */
export const CHART_ROWS = 30

/** The programme's figures, computed from the communes' data; never typed in. */
export const ProgrammeDashboard = ({
  figures,
  communes,
}: {
  figures: ProgrammeFigures
  communes: Commune[]
}) => {
  const xa = communes.filter(criteriaApply)
  const charted = xa.slice(0, CHART_ROWS)
  const nearest = nearestToTarget(communes)
  return (
    <section className="dashboard" aria-labelledby="ket-qua-ntm">
      <h2 id="ket-qua-ntm">{t.dashboard.title}</h2>
      <FigureList figures={figures} className="dashboard__stats" />
      <p className="meta">{[...figureNotes(figures, t.dashboard), t.dashboard.computedNote].join(' ')}</p>

      {nearest.length ? (
        <>
          <h3>{t.dashboard.nearest}</h3>
          <p className="meta">{t.dashboard.nearestIntro}</p>
          <ol className="dashboard__nearest">
            {nearest.map(({ commune, level, remaining, met, total }) => (
              <li key={commune.id}>
                <Link href={here(routes.commune(commune.slug))}>{commune.name}</Link>:{' '}
                {fill(t.dashboard.nearestItem, {
                  level: t.communePage.targetLevels[level],
                  met,
                  total,
                  n: remaining,
                })}
                {commune.target?.year ? ` (${targetText(commune)})` : null}
              </li>
            ))}
          </ol>
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
            {charted.map((commune) => (
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
      {xa.length > charted.length ? (
        <p>
          <Link href={here(routes.communes())}>
            {fill(t.dashboard.allCommunes, { n: formatInteger(xa.length) })}
          </Link>
        </p>
      ) : null}
    </section>
  )
}
