import type { Payload, TypedUser } from 'payload'

import { isStaffUser } from '../../access/roles'
import { Banner, Pill } from '@payloadcms/ui'
import type { ComponentProps } from 'react'
import { type Dictionary, dictionaries, type Language } from '../../lib/i18n'
import { type DeskItem, newsroomDesk } from '../../lib/newsroom/dashboard'
import { figureLines, figureNotes } from '../../lib/programme/figureLines'
import { loadProgrammeFigures } from '../../lib/programme/figures'
import { formatDateTime } from '../../lib/vi/format'
import type { User } from '../../payload-types'

type Props = { payload: Payload; user?: TypedUser | null; i18n?: { language?: string } }

/** A workflow state as Payload's own pill, coloured by what it asks of the reader. */
const STATE_STYLE: Record<string, ComponentProps<typeof Pill>['pillStyle']> = {
  nhap: 'light-gray',
  'cho-duyet': 'warning',
  'tra-lai': 'error',
  'da-xuat-ban': 'success',
}

/** Articles on the desk, as the list views show documents: Payload's table style. */
const DeskTable = ({
  items,
  empty,
  states,
  columns,
}: {
  items: DeskItem[]
  empty: string
  states: Record<string, string>
  columns: Dictionary['newsroom']['columns']
}) =>
  items.length ? (
    <div className="table">
      <table>
        <thead>
          <tr>
            <th scope="col">{columns.title}</th>
            <th scope="col">{columns.state}</th>
            <th scope="col">{columns.updated}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <a href={`/admin/collections/articles/${item.id}`}>{item.title}</a>
              </td>
              <td>
                {item.workflow ? (
                  <Pill pillStyle={STATE_STYLE[item.workflow] ?? 'light'} size="small">
                    {states[item.workflow]}
                  </Pill>
                ) : null}
              </td>
              <td>
                {formatDateTime(item.updatedAt)}
                {item.editedBy ? ` · ${item.editedBy}` : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  ) : (
    <Banner type="info">{empty}</Banner>
  )

/**
 * The newsroom's dashboard: for editors what awaits review, for everyone the latest drafts, and
 * the programme at a glance (communes by status, computed from the communes' data).
 */
export const NewsroomPanel = async ({ payload, user, i18n }: Props) => {
  if (!isStaffUser(user)) return null
  const dictionary = dictionaries[(i18n?.language === 'en' ? 'en' : 'vi') as Language]
  const d = dictionary.newsroom
  const states = dictionary.options.workflow as Record<string, string>
  const [desk, figures] = await Promise.all([
    newsroomDesk(payload, user as User),
    loadProgrammeFigures(payload),
  ])
  return (
    <section className="ntm-panel" aria-labelledby="ntm-newsroom-title">
      <h2 id="ntm-newsroom-title">{d.title}</h2>
      {desk.awaitingReview.length || (user as User).role !== 'journalist' ? (
        <>
          <h3>{d.awaitingReview}</h3>
          <DeskTable
            items={desk.awaitingReview}
            empty={d.nothingAwaiting}
            states={states}
            columns={d.columns}
          />
        </>
      ) : null}
      <h3>{d.latestDrafts}</h3>
      <DeskTable items={desk.drafts} empty={d.noDrafts} states={states} columns={d.columns} />
      <h3>{d.programme}</h3>
      <ul className="ntm-figures">
        {figureLines(figures, dictionary.dashboard).map(({ key, value, caption, detail }) => (
          <li key={key} className="ntm-figures__item">
            <strong className="ntm-figures__value">{value}</strong>
            <span>{caption}</span>
            {detail ? <span className="ntm-figures__detail">{detail}</span> : null}
          </li>
        ))}
      </ul>
      <p>{figureNotes(figures, dictionary.dashboard).join(' ')}</p>
    </section>
  )
}
