import type { Payload, PayloadRequest } from 'payload'

import { lexicalPlainText } from '../lexical/plainText'
import { type RelationValue, relationId } from '../relations'
import { VN_TIME_ZONE } from '../vi/format'
import { toNFC } from '../vi/text'
import type { SearchCollection, SearchEntry } from './types'

type Doc = Record<string, unknown> & { id: number | string }

/**
 * What each searchable collection contributes: its title, summary and body as readers see them,
 * the date and the filters' values. A new content type (documents, citizens' questions) plugs in
 * with one more row; the hooks, the rebuild and both engines follow.
 */
type Source = {
  /** Whether anonymous readers see the document: drafts are never indexed. */
  isPublic: (doc: Doc) => boolean
  entry: (doc: Doc) => Omit<SearchEntry, 'collection' | 'id' | 'site' | 'slug' | 'year'>
}

const text = (value: unknown): string => (typeof value === 'string' ? toNFC(value) : '')
const date = (value: unknown): string | null => (typeof value === 'string' && value ? value : null)
const ids = (value: unknown): string[] =>
  Array.isArray(value)
    ? value
        .map((item) => relationId(item as RelationValue))
        .filter((id) => id !== undefined)
        .map(String)
    : []
const always = () => true
const yearFormat = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: VN_TIME_ZONE })
/** The year in Việt Nam (an article of 1/1 00:30 there belongs to the new year). */
const yearOf = (iso: string | null): number | null => (iso ? Number(yearFormat.format(new Date(iso))) : null)

export const SEARCH_SOURCES: Record<SearchCollection, Source> = {
  articles: {
    isPublic: (doc) => doc._status === 'published',
    entry: (doc) => ({
      title: text(doc.title),
      summary: text(doc.summary),
      body: toNFC(lexicalPlainText(doc.body)),
      date: date(doc.publishedAt),
      category: relationId(doc.category as RelationValue)?.toString() ?? null,
      communes: ids(doc.communes),
    }),
  },
  events: {
    isPublic: always,
    entry: (doc) => ({
      title: text(doc.title),
      summary: [text(doc.location), text(doc.organiser)].filter(Boolean).join(' · '),
      body: text(doc.description),
      date: date(doc.startsAt),
      category: null,
      communes: ids(doc.communes),
    }),
  },
  communes: {
    isPublic: always,
    entry: (doc) => ({
      title: text(doc.name),
      summary: text(doc.recognitionDecision),
      body: '',
      date: null,
      category: null,
      communes: [String(doc.id)],
    }),
  },
  criteria: {
    isPublic: always,
    entry: (doc) => ({
      title: text(doc.name),
      summary: '',
      body: text(doc.description),
      date: null,
      category: null,
      communes: [],
    }),
  },
}

export const SEARCH_COLLECTIONS = Object.keys(SEARCH_SOURCES) as SearchCollection[]

export const isSearchCollection = (value: unknown): value is SearchCollection =>
  typeof value === 'string' && value in SEARCH_SOURCES

/** The index entry of a document, or null when readers may not see it. */
export const entryOf = (collection: SearchCollection, doc: Doc): SearchEntry | null => {
  const source = SEARCH_SOURCES[collection]
  if (!source.isPublic(doc) || typeof doc.slug !== 'string') return null
  const fields = source.entry(doc)
  return {
    collection,
    id: String(doc.id),
    site: relationId(doc.tenant as RelationValue)?.toString() ?? null,
    slug: doc.slug,
    year: yearOf(fields.date),
    ...fields,
  }
}

/**
 * The version of a document readers see, read inside `req`'s transaction: for a collection with
 * drafts, the published one (saving a new draft of a published article leaves its entry alone).
 */
export const publicVersion = async (
  payload: Payload,
  collection: SearchCollection,
  id: number | string,
  req?: PayloadRequest,
): Promise<Doc | null> => {
  const doc = await payload.findByID({
    collection,
    id,
    req,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
  })
  return (doc as Doc | null) ?? null
}
