import { t } from '../lib/i18n'
import type { Summary } from '../lib/stats/store'
import { formatInteger } from '../lib/vi/format'

const FIGURES = [
  ['online', t.stats.online],
  ['today', t.stats.today],
  ['month', t.stats.month],
  ['total', t.stats.total],
] as const

/**
 * Đang online, Hôm nay, Trong tháng, Tất cả: rendered with the page (readable without
 * JavaScript), then refreshed by the page script (`data-stat`). How they are counted is written
 * beside them, not hidden in a tooltip a phone cannot hover.
 */
export const VisitorStats = ({ summary }: { summary: Summary | null }) => (
  <section aria-labelledby="thong-ke-truy-cap" className="visitor-stats">
    <h2 id="thong-ke-truy-cap">{t.stats.title}</h2>
    <dl className="visitor-stats__list">
      {FIGURES.map(([key, name]) => (
        <div key={key} className="visitor-stats__row">
          <dt>{name}</dt>
          <dd data-stat={key}>{summary ? formatInteger(summary[key]) : '—'}</dd>
        </div>
      ))}
    </dl>
    <details className="visitor-stats__help">
      <summary>{t.stats.definitionsLabel}</summary>
      <p>{t.stats.definitions}</p>
    </details>
  </section>
)
