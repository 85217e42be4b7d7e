import { fill, t } from '@/lib/i18n'
import type { ProgressPoint } from '@/lib/queries/programme'
import { formatDate } from '@/lib/vi/format'

const WIDTH = 600
const HEIGHT = 200
const PAD = 32

/**
 * Criteria met over time, drawn from the commune's versions. The SVG is a picture of the list
 * below it, which carries the same numbers as text.
 */
export const ProgressChart = ({ points, total }: { points: ProgressPoint[]; total: number }) => {
  if (!points.length || !total) return null
  const x = (i: number) =>
    points.length === 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (points.length - 1)
  const y = (value: number) => HEIGHT - PAD - (value / total) * (HEIGHT - 2 * PAD)
  const line = (key: 'ntmMet' | 'nangCaoMet') => points.map((p, i) => `${x(i)},${y(p[key])}`).join(' ')
  const hasAdvanced = points.some((p) => p.nangCaoMet > 0)
  return (
    <section aria-labelledby="tien-do">
      <h2 id="tien-do">{t.communePage.progressChart}</h2>
      <figure className="progress-chart">
        {points.length > 1 ? (
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="tien-do" focusable="false">
            <line x1={PAD} y1={y(total)} x2={WIDTH - PAD} y2={y(total)} className="progress-chart__target" />
            <text x={4} y={y(total) + 4} className="progress-chart__label">
              {total}
            </text>
            <text x={4} y={y(0) + 4} className="progress-chart__label">
              0
            </text>
            <polyline points={line('ntmMet')} className="progress-chart__ntm" />
            {hasAdvanced ? (
              <polyline points={line('nangCaoMet')} className="progress-chart__advanced" />
            ) : null}
            {points.map((p, i) => (
              <circle key={p.at} cx={x(i)} cy={y(p.ntmMet)} r={5} className="progress-chart__dot" />
            ))}
          </svg>
        ) : null}
        <figcaption>
          <ol className="progress-chart__data">
            {points.map((p) => (
              <li key={p.at}>
                {fill(t.communePage.progressPoint, { date: formatDate(p.at), n: p.ntmMet, m: p.nangCaoMet })}
              </li>
            ))}
          </ol>
        </figcaption>
      </figure>
    </section>
  )
}
