/** "8/19" with a bar: the number carries the information, the bar only shows it. */
export const CriteriaBar = ({ met, total, label }: { met: number; total: number; label?: string }) => {
  const percent = total ? Math.round((met / total) * 100) : 0
  return (
    <span className="criteria-bar">
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
