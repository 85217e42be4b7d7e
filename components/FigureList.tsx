import { t } from '../lib/i18n'
import { figureLines } from '../lib/programme/figureLines'
import type { ProgrammeFigures } from '../lib/programme/figures'

/** The programme's figures as a list of "value caption (trong đó …)": the home page's side block and the dashboard. */
export const FigureList = ({ figures, className }: { figures: ProgrammeFigures; className: string }) => (
  <ul className={className}>
    {figureLines(figures, t.dashboard).map(({ key, value, caption, detail }) => (
      <li key={key}>
        <strong>{value}</strong> {caption}
        {detail ? <span className="dashboard__detail">{detail}</span> : null}
      </li>
    ))}
  </ul>
)
