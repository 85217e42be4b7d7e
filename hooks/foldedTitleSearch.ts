import type { CollectionBeforeOperationHook, Where } from 'payload'

import { foldForSearch } from '../lib/vi/search'

/**
 * The admin's list search and its relationship pickers ask `<title> like <text>`, which matches
 * diacritics exactly: "hoa cu" would not find "Hòa Cư". Every such condition also matches the
 * folded `searchText` (fields/searchText.ts), so "hoa cu", "Hòa Cư" and "HOA CU" find it alike.
 * Only `like` on the title field is widened; every other condition is left as asked.
 */
export const foldedTitleSearch =
  (titleField: string): CollectionBeforeOperationHook =>
  ({ args, operation }) => {
    const where = operation === 'read' && 'where' in args ? (args.where as Where | undefined) : undefined
    if (!where) return args
    return { ...args, where: widen(where, titleField) }
  }

const widen = (where: Where, titleField: string): Where => {
  const widened: Where[] = []
  const rest: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      rest[key] = value.map((inner) => widen(inner as Where, titleField))
    } else if (key === titleField && isLike(value)) {
      const folded = foldForSearch(value.like)
      widened.push({ or: [{ [key]: value }, ...(folded ? [{ searchText: { like: folded } }] : [])] })
    } else {
      rest[key] = value
    }
  }
  if (!widened.length) return rest
  return Object.keys(rest).length
    ? { and: [rest, ...widened] }
    : widened.length === 1
      ? widened[0]
      : { and: widened }
}

const isLike = (value: unknown): value is { like: string } =>
  Boolean(value) &&
  typeof value === 'object' &&
  Object.keys(value as object).length === 1 &&
  typeof (value as { like?: unknown }).like === 'string'
