import { fill, t } from '@/lib/i18n'
import type { ProgressPoint } from '@/lib/queries/programme'
import { formatDate } from '@/lib/vi/format'

/** Drawing units: a narrow picture, so its text stays legible when a phone scales it to 320 px. */
const WIDTH = 360
const HEIGHT = 240
const LEFT = 36
const RIGHT = 16
const TOP = 20
const BOTTOM = 44

/** At most this many dates under the axis (first and last always): they must not overlap. */
const MAX_DATE_LABELS = 4

/**
 * Criteria met over time, drawn from the commune's versions: dated axis, the value at every
 * point, the set's total as a dashed line, NTM and (when there are any) nâng cao criteria as two
 * lines told apart by dash as well as colour. Server-rendered SVG with a title and description;
 * the table under it carries every number as text (the chart's text alternative), and the
 * colours are the contrast mode's tokens.
 */
export const ProgressChart = ({ points, total }: { points: ProgressPoint[]; total: number }) => {
  if (!points.length || !total) return null
  const plotWidth = WIDTH - LEFT - RIGHT
  const x = (i: number) =>
    points.length === 1 ? LEFT + plotWidth / 2 : LEFT + (i * plotWidth) / (points.length - 1)
  const y = (value: number) => HEIGHT - BOTTOM - (value / total) * (HEIGHT - TOP - BOTTOM)
  const line = (key: 'ntmMet' | 'nangCaoMet') => points.map((p, i) => `${x(i)},${y(p[key])}`).join(' ')
  const hasAdvanced = points.some((p) => p.nangCaoMet > 0)
  const step = Math.max(1, Math.ceil((points.length - 1) / (MAX_DATE_LABELS - 1)))
  const dated = points.map((_, i) => i === points.length - 1 || i % step === 0)
  const first = points[0]
  const last = points[points.length - 1]
  const description = fill(t.communePage.progressSummary, {
    from: formatDate(first.at),
    to: formatDate(last.at),
    a: first.ntmMet,
    b: last.ntmMet,
    total,
  })
  return (
    <section aria-labelledby="tien-do">
      <h2 id="tien-do">{t.communePage.progressChart}</h2>
      <figure className="progress-chart">
        {points.length > 1 ? (
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            role="img"
            aria-labelledby="tien-do-tieu-de tien-do-mo-ta"
            focusable="false"
          >
            <title id="tien-do-tieu-de">{t.communePage.progressChart}</title>
            <desc id="tien-do-mo-ta">{description}</desc>
            {/* Value axis: 0 and the set's total. */}
            <line x1={LEFT} y1={y(0)} x2={WIDTH - RIGHT} y2={y(0)} className="progress-chart__axis" />
            <line
              x1={LEFT}
              y1={y(total)}
              x2={WIDTH - RIGHT}
              y2={y(total)}
              className="progress-chart__target"
            />
            <text x={LEFT - 6} y={y(total) + 5} textAnchor="end" className="progress-chart__label">
              {total}
            </text>
            <text x={LEFT - 6} y={y(0) + 5} textAnchor="end" className="progress-chart__label">
              0
            </text>
            {/* Time axis: the assessment dates. */}
            {points.map((p, i) =>
              dated[i] ? (
                <text
                  key={`d-${p.at}`}
                  x={x(i)}
                  y={HEIGHT - BOTTOM + 20}
                  textAnchor={i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle'}
                  className="progress-chart__label"
                >
                  {formatDate(p.at)}
                </text>
              ) : null,
            )}
            <polyline points={line('ntmMet')} className="progress-chart__ntm" />
            {hasAdvanced ? (
              <polyline points={line('nangCaoMet')} className="progress-chart__advanced" />
            ) : null}
            {points.map((p, i) => (
              <g key={p.at}>
                <circle cx={x(i)} cy={y(p.ntmMet)} r={4} className="progress-chart__dot" />
                <text x={x(i)} y={y(p.ntmMet) - 8} textAnchor="middle" className="progress-chart__value">
                  {p.ntmMet}
                </text>
              </g>
            ))}
          </svg>
        ) : null}
        <figcaption className="progress-chart__legend">
          <span className="progress-chart__key progress-chart__key--ntm">{t.attainmentTable.ntm}</span>
          {hasAdvanced ? (
            <span className="progress-chart__key progress-chart__key--advanced">
              {t.attainmentTable.advanced}
            </span>
          ) : null}
          <span className="progress-chart__key progress-chart__key--target">
            {fill(t.communePage.progressTotal, { n: total })}
          </span>
        </figcaption>
        <div className="table-scroll">
          <table className="data-table progress-chart__data">
            <caption className="sr-only">{t.communePage.progressChart}</caption>
            <thead>
              <tr>
                <th scope="col">{t.communePage.progressDate}</th>
                <th scope="col">{t.attainmentTable.ntm}</th>
                {hasAdvanced ? <th scope="col">{t.attainmentTable.advanced}</th> : null}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.at}>
                  <th scope="row">{formatDate(p.at)}</th>
                  <td>
                    {p.ntmMet}/{total}
                  </td>
                  {hasAdvanced ? (
                    <td>
                      {p.nangCaoMet}/{total}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figure>
    </section>
  )
}
