import { formatDate, formatInteger } from '../../lib/vi/format'

export type DayVisits = { day: string; visits: number }

/** Drawing units: narrow, so the labels stay legible when a phone scales the SVG down. */
const WIDTH = 400
const HEIGHT = 220
const LEFT = 40
const RIGHT = 8
const TOP = 24
const BOTTOM = 32
const GAP = 2
/** A date under every seventh bar, counted back from the last (today), so labels never collide. */
const DATE_EVERY = 7

const dayOf = (day: string) => `${day}T05:00:00.000Z`
/** "2/7": the axis drops the year, the table below keeps it. */
const shortDate = (day: string) => formatDate(dayOf(day)).split('/').slice(0, 2).join('/')

/** The smallest 1, 2 or 5 × 10ⁿ at or above `value`: the top of the value axis. */
export const niceCeiling = (value: number): number => {
  if (value <= 1) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power
  return 10 * power
}

/**
 * Visits per day as bars: a value axis with 0, half (when whole) and the top, the day under every seventh bar,
 * the busiest day's value written over its bar, and every bar's date and value in its tooltip.
 * Colours are the admin theme's (light and dark); `title` and `desc` give screen readers the
 * summary, and the panel's table every figure.
 */
export const VisitsChart = ({
  rows,
  title,
  summary,
}: {
  rows: DayVisits[]
  title: string
  summary: string
}) => {
  const top = niceCeiling(Math.max(0, ...rows.map((row) => row.visits)))
  const plotHeight = HEIGHT - TOP - BOTTOM
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, rows.length)
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight
  const busiest = rows.reduce((best, row, i) => (row.visits > rows[best].visits ? i : best), 0)
  return (
    <svg
      className="ntm-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby="ntm-visits-title ntm-visits-desc"
      focusable="false"
    >
      <title id="ntm-visits-title">{title}</title>
      <desc id="ntm-visits-desc">{summary}</desc>
      {/* Whole numbers only: with few visits half the top would print as a rounded duplicate. */}
      {[...new Set([0, top / 2, top])].filter(Number.isInteger).map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} className="ntm-chart__grid" />
          <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" className="ntm-chart__label">
            {formatInteger(tick)}
          </text>
        </g>
      ))}
      {rows.map((row, i) => {
        const x = LEFT + i * slot + GAP / 2
        const dated = (rows.length - 1 - i) % DATE_EVERY === 0
        return (
          <g key={row.day}>
            <rect
              x={x}
              y={y(row.visits)}
              width={slot - GAP}
              height={y(0) - y(row.visits)}
              className="ntm-chart__bar"
            >
              <title>{`${formatDate(dayOf(row.day))}: ${formatInteger(row.visits)}`}</title>
            </rect>
            {i === busiest && row.visits > 0 ? (
              <text
                x={x + (slot - GAP) / 2}
                y={y(row.visits) - 6}
                textAnchor="middle"
                className="ntm-chart__value"
              >
                {formatInteger(row.visits)}
              </text>
            ) : null}
            {dated ? (
              <text x={x + (slot - GAP) / 2} y={HEIGHT - 10} textAnchor="middle" className="ntm-chart__label">
                {shortDate(row.day)}
              </text>
            ) : null}
          </g>
        )
      })}
    </svg>
  )
}
