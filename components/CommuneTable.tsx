import Link from 'next/link'

import { fill, t } from '@/lib/i18n'
import { routes } from '@/lib/routes'
import { here } from '../lib/sites/registry'
import type { Commune } from '@/payload-types'
import { CriteriaBar } from './CriteriaBar'
import { StatusBadge } from './StatusBadge'

export const targetText = (commune: Pick<Commune, 'target'>): string | null =>
  commune.target?.level && commune.target.year
    ? fill(t.communePage.targetText, {
        level: t.options.ntmStatus[commune.target.level],
        year: commune.target.year,
      })
    : null

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
              <StatusBadge status={commune.status} />
            </td>
            <td>
              {commune.kind === 'xa' ? (
                <CriteriaBar
                  met={commune.progress?.ntmMet ?? 0}
                  total={commune.progress?.total ?? 0}
                  label={t.communePage.criteriaMet}
                />
              ) : (
                '—'
              )}
            </td>
            <td>{targetText(commune) ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)
