'use client'

/** Shown only when JavaScript runs (`html[data-js]`); browsers' own Print works regardless. */
export const PrintButton = ({ label }: { label: string }) => (
  <button type="button" className="print-button js-only" onClick={() => window.print()}>
    {label}
  </button>
)
