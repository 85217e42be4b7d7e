import { t } from '../lib/i18n'
import type { Commune } from '../payload-types'

/** The status in words, always; the colour only repeats it. */
export const StatusBadge = ({ status }: { status: Commune['status'] }) => (
  <span className={`badge badge--${status}`}>{t.options.ntmStatus[status]}</span>
)
