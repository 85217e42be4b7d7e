import Link from 'next/link'

import { t } from '../lib/i18n'
import { routes } from '../lib/routes'
import { relationId } from '../lib/relations'
import { hereOn } from '../lib/sites/registry'
import { formatDateTime } from '../lib/vi/format'
import type { Event } from '../payload-types'

export const EventList = ({ events, empty }: { events: Event[]; empty: string }) =>
  events.length ? (
    <ul className="event-list">
      {events.map((event) => (
        <li key={event.id}>
          <Link href={hereOn(relationId(event.tenant), routes.event(event.slug))}>{event.title}</Link>
          <p className="meta">
            <time dateTime={event.startsAt}>{formatDateTime(event.startsAt)}</time>
            {event.location ? ` · ${event.location}` : null} · {t.options.eventKind[event.kind]}
          </p>
        </li>
      ))}
    </ul>
  ) : (
    <p>{empty}</p>
  )
