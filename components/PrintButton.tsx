'use client'

import { t } from '../lib/i18n'

/** Shown only when JavaScript runs (`html[data-js]`); browsers' own Print works regardless. */
export const PrintButton = () => (
  <button type="button" className="print-button js-only" onClick={() => window.print()}>
    {t.news.print}
  </button>
)
