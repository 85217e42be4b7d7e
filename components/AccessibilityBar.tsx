import type { Dictionary } from '../lib/i18n'

/**
 * The display controls of the seed portal (A-, A, A+, Tăng/Giảm tương phản) as real buttons whose
 * Vietnamese names contain their visible labels. Rendered on the server; the page script
 * browser/displayControls.ts makes them work and announces each change in the status region. Without
 * JavaScript the buttons are hidden (they could do nothing) and the zoom help remains.
 *
 * On a phone the controls fold behind one labelled button (`aria-expanded`), so the news starts in
 * the first screen; wider screens show them in a row and hide the button.
 */
export const AccessibilityBar = ({ labels }: { labels: Dictionary['a11y'] }) => (
  <div className="a11y-bar" role="group" aria-label={labels.barLabel}>
    <button
      type="button"
      className="a11y-bar__toggle js-only"
      data-a11y-toggle=""
      aria-expanded="false"
      aria-controls="a11y-panel"
    >
      {labels.toggle}
    </button>
    <div id="a11y-panel" className="a11y-bar__panel">
      <div className="a11y-bar__controls">
        <button type="button" data-a11y="smaller">
          A-<span className="sr-only"> ({labels.smaller})</span>
        </button>
        <button type="button" data-a11y="reset">
          A<span className="sr-only"> ({labels.reset})</span>
        </button>
        <button type="button" data-a11y="larger">
          A+<span className="sr-only"> ({labels.larger})</span>
        </button>
        <button type="button" data-a11y="contrast-high" aria-pressed="false">
          {labels.contrastMore}
        </button>
        <button type="button" data-a11y="contrast-normal" aria-pressed="true">
          {labels.contrastLess}
        </button>
      </div>
      <details className="a11y-bar__help">
        <summary>{labels.zoomHelp}</summary>
        <p>{labels.zoomHelpText}</p>
      </details>
    </div>
    <p id="a11y-status" className="sr-only" role="status" aria-live="polite" />
  </div>
)
