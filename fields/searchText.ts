import type { CollectionAfterReadHook, CollectionBeforeChangeHook, Field } from 'payload'

import { foldForSearch } from '../lib/vi/search'

/**
 * Folded text for diacritic-insensitive search ("cao loc" finds "Cao Lộc"). Queryable under the
 * same access rules as the document, but never sent in a response: it is bulky and says nothing new.
 */
export const searchTextField: Field = {
  name: 'searchText',
  type: 'textarea',
  admin: { hidden: true },
}

/** Collection afterRead hook: the folded text stays in the database and out of every response. */
export const omitSearchText: CollectionAfterReadHook = ({ doc }) => {
  if (doc && typeof doc === 'object' && 'searchText' in doc)
    delete (doc as { searchText?: unknown }).searchText
  return doc
}

/** A beforeChange hook that fills `searchText` from the parts `pick` returns. */
export const fillSearchText =
  (pick: (doc: Record<string, unknown>) => unknown[]): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    const merged = { ...(originalDoc ?? {}), ...data }
    const parts = pick(merged).filter((part): part is string => typeof part === 'string' && part !== '')
    return { ...data, searchText: foldForSearch(parts.join(' \n ')) }
  }
