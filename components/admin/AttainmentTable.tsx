import type { Payload } from 'payload'

import { dictionaries, fill, type Language } from '../../lib/i18n'
import { criteriaMet } from '../../lib/programme/attainment'
import { relationId } from '../../lib/relations'
import type { Commune } from '../../payload-types'

type Props = { data?: Partial<Commune>; payload: Payload; i18n?: { language?: string } }

const yes = '✓'

/**
 * In a commune's edit view: the computed "n/N" and every criterion of its set by number and
 * name, with what the attainment rows (as last saved) say of it at each level. Editors see the
 * outcome of the rows they fill in below without opening each one.
 */
export const AttainmentTable = async ({ data, payload, i18n }: Props) => {
  const d = dictionaries[(i18n?.language === 'en' ? 'en' : 'vi') as Language].attainmentTable
  const setId = relationId(data?.criteriaSet)
  if (setId === undefined) return <p>{d.noSet}</p>
  const { docs: criteria } = await payload.find({
    collection: 'criteria',
    where: { set: { equals: setId } },
    sort: 'number',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { number: true, name: true },
  })
  const ntm = new Set(criteriaMet(data?.attainment, 'ntm').map(String))
  const advanced = new Set(criteriaMet(data?.attainment, 'nang-cao').map(String))
  const total = criteria.length
  return (
    <section aria-labelledby="ntm-attainment-title" style={{ marginBottom: '1.5rem' }}>
      <h3 id="ntm-attainment-title">{d.title}</h3>
      <p>
        <strong>{fill(d.count, { met: ntm.size, total })}</strong>
        {' · '}
        {fill(d.advancedCount, { met: advanced.size, total })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{d.number}</th>
            <th scope="col">{d.criterion}</th>
            <th scope="col">{d.ntm}</th>
            <th scope="col">{d.advanced}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((criterion) => (
            <tr key={criterion.id}>
              <td>{criterion.number}</td>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal' }}>
                {criterion.name}
              </th>
              <td>{ntm.has(String(criterion.id)) ? yes : '—'}</td>
              <td>{advanced.has(String(criterion.id)) ? yes : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
