/**
 * The search engine's one interface (lib/search/engine.ts picks the module for the database):
 * SQLite FTS5 on the embedded default (lib/search/sqlite.ts), a MongoDB text index on MongoDB
 * (lib/search/mongo.ts). What is indexed and how a document becomes an entry is in
 * lib/search/sources.ts, the same for both.
 */
export type SearchCollection = 'articles' | 'events' | 'communes' | 'criteria'

/** One public document as the index holds it: raw (NFC) text; each module folds it its own way. */
export type SearchEntry = {
  collection: SearchCollection
  id: string
  /** The site the document belongs to, or null for what every site shows (communes, criteria). */
  site: string | null
  slug: string
  title: string
  summary: string
  body: string
  /** ISO date readers see (publication, start), or null. */
  date: string | null
  year: number | null
  category: string | null
  communes: string[]
}

export type SearchQuery = {
  /** Folded words, all required (lib/vi/search.ts searchWords). */
  words: string[]
  /** The query as typed (NFC, lower case): a match with its diacritics ranks higher. */
  exact: string
  collections?: SearchCollection[]
  commune?: string
  category?: string
  year?: number
  /** The sites whose documents may be found (shared documents always may), or every site. */
  sites: 'all' | string[]
  offset: number
  limit: number
  /**
   * Matches are counted up to this many and no further: counting every match of a common word
   * reads the whole index on every search, and readers page no deeper than a few hundred.
   */
  countUpTo: number
}

export type SearchMatch = { entry: SearchEntry; score: number }

/** `total` matches, or, when `more`, `total` (the query's `countUpTo`) and more besides. */
export type SearchResult = { total: number; more: boolean; matches: SearchMatch[] }

export interface SearchIndex {
  /** Adds or replaces a document's entry. */
  put(entry: SearchEntry): Promise<void>
  /** Removes a document's entry, if any. */
  remove(collection: SearchCollection, id: string): Promise<void>
  /** Empties the index (before a rebuild). */
  clear(): Promise<void>
  /** One page of matches, best first, and how many match in all. */
  query(query: SearchQuery): Promise<SearchResult>
  /** Whether the index holds nothing (a new install, an upgrade, a restored backup). */
  isEmpty(): Promise<boolean>
  /** The years that have documents, newest first (for the year filter). */
  years(): Promise<number[]>
  close(): Promise<void>
}
