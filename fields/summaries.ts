/**
 * What a list shows of an event: the events pages' lists select it, and an article or a commune
 * populating its events gets it (the collection's `defaultPopulate`), never the event's joins.
 */
export const EVENT_SUMMARY_FIELDS = {
  title: true,
  slug: true,
  kind: true,
  startsAt: true,
  endsAt: true,
  location: true,
  tenant: true,
} as const
