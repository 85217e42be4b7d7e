/** Wired by the display-controls script; shown only when JavaScript runs (browsers' Print works regardless). */
export const PrintButton = ({ label }: { label: string }) => (
  <button type="button" className="print-button js-only" data-print="">
    {label}
  </button>
)
