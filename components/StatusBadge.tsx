import { t } from '../lib/i18n'
import { standingOf } from '../lib/programme/figures'
import type { Commune } from '../payload-types'

/**
 * The unit's standing in words, always; the colour only repeats it. A thị trấn or phường is
 * "không áp dụng": the criteria for communes do not apply to it (lib/programme/figures.ts).
 */
export const StatusBadge = ({ commune }: { commune: Pick<Commune, 'kind' | 'status'> }) => {
  const standing = standingOf(commune)
  return standing === 'khong-ap-dung' ? (
    <span className="badge badge--khong-ap-dung" title={t.communePage.notApplicableHelp}>
      {t.communePage.notApplicable}
    </span>
  ) : (
    <span className={`badge badge--${standing}`}>{t.options.ntmStatus[standing]}</span>
  )
}
