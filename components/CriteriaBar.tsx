/**
 * "8/19" with a bar: the number carries the information, the bar only shows it. `level` names
 * the level counted ("NTM", "Nâng cao") where a unit has two counts side by side; `label` is
 * for screen readers only.
 */
export const CriteriaBar = ({
  met,
  total,
  label,
  level,
}: {
  met: number
  total: number
  label?: string
  level?: string
}) => {
  const percent = total ? Math.round((met / total) * 100) : 0
  return (
    <span className="criteria-bar">
      {level ? <span className="criteria-bar__level">{level}</span> : null}
      <span className="criteria-bar__track" aria-hidden="true">
        <span className="criteria-bar__fill" style={{ width: `${percent}%` }} />
      </span>
      <span className="criteria-bar__value">
        {met}/{total}
        {label ? <span className="sr-only"> {label}</span> : null}
      </span>
    </span>
  )
}
