import type { Payload, TypedUser } from 'payload'

import { isStaffUser } from '../../access/roles'
import { dictionaries, type Language } from '../../lib/i18n'
import { type DeskItem, newsroomDesk } from '../../lib/newsroom/dashboard'
import { figureLines, figureNotes } from '../../lib/programme/figureLines'
import { loadProgrammeFigures } from '../../lib/programme/figures'
import { formatDateTime } from '../../lib/vi/format'
import type { User } from '../../payload-types'

type Props = { payload: Payload; user?: TypedUser | null; i18n?: { language?: string } }

const DeskList = ({
  items,
  empty,
  states,
}: {
  items: DeskItem[]
  empty: string
  states: Record<string, string>
}) =>
  items.length ? (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          <a href={`/admin/collections/articles/${item.id}`}>{item.title}</a>
          {' — '}
          {item.workflow ? states[item.workflow] : null}, {formatDateTime(item.updatedAt)}
          {item.editedBy ? ` (${item.editedBy})` : null}
        </li>
      ))}
    </ul>
  ) : (
    <p>{empty}</p>
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
    <section aria-labelledby="ntm-newsroom-title" style={{ marginBottom: '2rem' }}>
      <h2 id="ntm-newsroom-title">{d.title}</h2>
      {desk.awaitingReview.length || (user as User).role !== 'journalist' ? (
        <>
          <h3>{d.awaitingReview}</h3>
          <DeskList items={desk.awaitingReview} empty={d.nothingAwaiting} states={states} />
        </>
      ) : null}
      <h3>{d.latestDrafts}</h3>
      <DeskList items={desk.drafts} empty={d.noDrafts} states={states} />
      <h3>{d.programme}</h3>
      <ul>
        {figureLines(figures, dictionary.dashboard).map(({ key, value, caption, detail }) => (
          <li key={key}>
            <strong>{value}</strong> {caption}
            {detail ? `, ${detail}` : null}
          </li>
        ))}
      </ul>
      <p>{figureNotes(figures, dictionary.dashboard).join(' ')}</p>
    </section>
  )
}
