import Link from 'next/link'

import { t } from '@/lib/i18n'
import { relationId } from '@/lib/relations'
import { routes } from '@/lib/routes'
import { here } from '../lib/sites/registry'
import { formatDate } from '@/lib/vi/format'
import type { Commune, Criterion } from '@/payload-types'

type Row = NonNullable<Commune['attainment']>[number]

const Cell = ({ row }: { row: Row | undefined }) => {
  if (!row) return <td className="cell--none">{t.communePage.notAssessed}</td>
  return (
    <td className={row.achieved ? 'cell--met' : 'cell--not-met'}>
      {/* A mark and a word: never colour alone. */}
      <span aria-hidden="true">{row.achieved ? '✔ ' : '✘ '}</span>
      {row.achieved ? t.communePage.met : t.communePage.notMet}
      {row.assessedOn ? <span className="meta"> ({formatDate(row.assessedOn)})</span> : null}
    </td>
  )
}

/** A commune's criteria grouped as in the national set, met or not at each level. */
export const CriteriaMatrix = ({ commune, criteria }: { commune: Commune; criteria: Criterion[] }) => {
  const rowsFor = (criterion: Criterion, level: Row['level']) =>
    (commune.attainment ?? []).find(
      (row) => String(relationId(row.criterion)) === String(criterion.id) && row.level === level,
    )
  const showAdvanced = (commune.attainment ?? []).some((row) => row.level === 'nang-cao')
  const groups = new Map<string, Criterion[]>()
  for (const criterion of criteria) {
    const key = criterion.group?.code ? `${criterion.group.code}. ${criterion.group.name ?? ''}` : ''
    groups.set(key, [...(groups.get(key) ?? []), criterion])
  }
  return (
    <section aria-labelledby="ket-qua-tieu-chi">
      <h2 id="ket-qua-tieu-chi">{t.communePage.matrix}</h2>
      {[...groups.entries()].map(([group, members]) => (
        <div className="table-scroll" key={group || 'all'}>
          <table className="data-table">
            {group ? <caption>{group}</caption> : null}
            <thead>
              <tr>
                <th scope="col">{t.communePage.criterion}</th>
                <th scope="col">{t.options.attainmentLevel.ntm}</th>
                {showAdvanced ? <th scope="col">{t.options.attainmentLevel['nang-cao']}</th> : null}
              </tr>
            </thead>
            <tbody>
              {members.map((criterion) => (
                <tr key={criterion.id}>
                  <th scope="row">
                    <Link href={here(routes.criterion(criterion.slug))}>
                      {criterion.number}. {criterion.name}
                    </Link>
                  </th>
                  <Cell row={rowsFor(criterion, 'ntm') ?? rowsFor(criterion, 'nang-cao')} />
                  {showAdvanced ? <Cell row={rowsFor(criterion, 'nang-cao')} /> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  )
}
