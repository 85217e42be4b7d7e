import Link from 'next/link'

import { fill, t } from '@/lib/i18n'
import { routes } from '@/lib/routes'
import { here } from '../lib/sites/registry'
import type { Commune } from '@/payload-types'
import { criteriaApply } from '@/lib/programme/figures'
import { CriteriaBar } from './CriteriaBar'
import { StatusBadge } from './StatusBadge'

export const targetText = (commune: Pick<Commune, 'target'>): string | null =>
  commune.target?.level && commune.target.year
    ? fill(t.communePage.targetText, {
        level: t.communePage.targetLevels[commune.target.level],
        year: commune.target.year,
      })
    : null

/** A recognised xã working on the advanced level shows that count too, labelled as such. */
export const showsAdvanced = (commune: Commune): boolean =>
  commune.status !== 'chua-dat' &&
  ((commune.progress?.nangCaoMet ?? 0) > 0 ||
    commune.target?.level === 'nang-cao' ||
    commune.target?.level === 'kieu-mau')

export const CommuneTable = ({ communes }: { communes: Commune[] }) => (
  <div className="table-scroll">
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t.communePage.name}</th>
          <th scope="col">{t.communePage.status}</th>
          <th scope="col">{t.communePage.criteriaMet}</th>
          <th scope="col">{t.communePage.target}</th>
        </tr>
      </thead>
      <tbody>
        {communes.map((commune) => (
          <tr key={commune.id}>
            <th scope="row">
              <Link href={here(routes.commune(commune.slug))}>{commune.name}</Link>
            </th>
            <td>
              <StatusBadge commune={commune} />
            </td>
            <td>
              {criteriaApply(commune) ? (
                <>
                  <CriteriaBar
                    met={commune.progress?.ntmMet ?? 0}
                    total={commune.progress?.total ?? 0}
                    label={t.communePage.criteriaMet}
                    level={showsAdvanced(commune) ? t.attainmentTable.ntm : undefined}
                  />
                  {showsAdvanced(commune) ? (
                    <CriteriaBar
                      met={commune.progress?.nangCaoMet ?? 0}
                      total={commune.progress?.total ?? 0}
                      label={t.communePage.nangCaoMet}
                      level={t.attainmentTable.advanced}
                    />
                  ) : null}
                </>
              ) : (
                t.communePage.notApplicable
              )}
            </td>
            <td>{targetText(commune) ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)
