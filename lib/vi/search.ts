import { foldDiacritics, toNFC } from './text'

/**
 * Search folding: "CAO LỘC", "Cao Lộc" and "cao loc" all become "cao loc". SQLite's LIKE folds
 * only ASCII case, so every searchable document stores this folded text and queries fold too.
 */
export const foldForSearch = (value: string): string =>
  foldDiacritics(value).toLowerCase().replace(/\s+/g, ' ').trim()

/** The words of a query, folded; empty words and one-letter noise dropped. */
export const searchWords = (query: string): string[] =>
  foldForSearch(query)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 || /\d/.test(word))
    .slice(0, 8)

/** Exact (diacritics kept, case ignored) match of the whole query: ranked first. */
export const exactMatch = (query: string, text: string | null | undefined): boolean =>
  Boolean(text) &&
  toNFC(text as string)
    .toLocaleLowerCase('vi')
    .includes(toNFC(query).trim().toLocaleLowerCase('vi'))
