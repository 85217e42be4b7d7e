import type {
  CollectionAfterReadHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Field,
} from 'payload'

import { appendHooks } from '../hooks/appendHooks'
import { vietnameseSortKey } from '../lib/vi/sortKey'

/**
 * Names in Vietnamese order wherever the database sorts them (lib/vi/sortKey.ts): a stored key,
 * filled from the name on every save, indexed, and used in its place by every `sort` on the name
 * — the admin's column headers, its default order, the API's `sort=name`. Never in a response.
 */
export const sortKeyField: Field = {
  name: 'sortKey',
  type: 'text',
  index: true,
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
}

const fillSortKey =
  (source: string): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    const name = data?.[source] ?? originalDoc?.[source]
    return typeof name === 'string' ? { ...data, sortKey: vietnameseSortKey(name) } : data
  }

const omitSortKey: CollectionAfterReadHook = ({ doc }) => {
  if (doc && typeof doc === 'object' && 'sortKey' in doc) delete (doc as { sortKey?: unknown }).sortKey
  return doc
}

/** `name`, `-name`, `a,-name` or a list of them: each sort on the name becomes one on the key. */
const onKey = (sort: unknown, source: string): unknown => {
  const swap = (part: string) =>
    part.trim() === source ? 'sortKey' : part.trim() === `-${source}` ? '-sortKey' : part
  if (typeof sort === 'string') return sort.split(',').map(swap).join(',')
  if (Array.isArray(sort)) return sort.map((part) => (typeof part === 'string' ? swap(part) : part))
  return sort
}

const sortOnKey =
  (source: string): CollectionBeforeOperationHook =>
  ({ args, operation }) =>
    operation === 'read' && 'sort' in args && args.sort ? { ...args, sort: onKey(args.sort, source) } : args

/**
 * A collection whose `source` field is a name: the key field, its hooks, and the name order by
 * default. Hooks the collection already has run first.
 */
export const withVietnameseOrder = (collection: CollectionConfig, source: string): CollectionConfig => ({
  ...appendHooks(collection, {
    beforeOperation: [sortOnKey(source)],
    beforeChange: [fillSortKey(source)],
    afterRead: [omitSortKey],
  }),
  defaultSort:
    !collection.defaultSort || collection.defaultSort === source ? 'sortKey' : collection.defaultSort,
  fields: [...collection.fields, sortKeyField],
})
