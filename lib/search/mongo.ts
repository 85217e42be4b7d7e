import type { Db, Filter } from 'mongodb'

import { foldForSearch } from '../vi/search'
import type { SearchEntry, SearchIndex, SearchQuery, SearchResult } from './types'

/**
 * The search index on MongoDB: one collection with a text index over the folded title, summary
 * and body, weighted as on SQLite (10, 4, 1), and the entries' filters beside them. MongoDB's
 * text score stands in for BM25. Not run here (no MongoDB server on these machines): it compiles
 * and follows the same interface and tests' expectations; see the README.
 */
const COLLECTION = 'search_index'
const EXACT_BOOST = 2

type Stored = SearchEntry & {
  _id: string
  folded: { title: string; summary: string; body: string }
  exact: string
}

/** The entry without what only the index needs. */
const entryOf = (stored: Stored): SearchEntry => {
  const entry: Partial<Stored> = { ...stored }
  delete entry._id
  delete entry.folded
  delete entry.exact
  return entry as SearchEntry
}

export const openMongoSearch = async (db: Db): Promise<SearchIndex> => {
  const entries = db.collection<Stored>(COLLECTION)
  await entries.createIndex(
    { 'folded.title': 'text', 'folded.summary': 'text', 'folded.body': 'text' },
    { weights: { 'folded.title': 10, 'folded.summary': 4, 'folded.body': 1 }, default_language: 'none' },
  )
  await entries.createIndex({ year: -1 })
  const key = (collection: string, id: string) => `${collection}:${id}`

  return {
    async put(entry) {
      await entries.replaceOne(
        { _id: key(entry.collection, entry.id) },
        {
          ...entry,
          folded: {
            title: foldForSearch(entry.title),
            summary: foldForSearch(entry.summary),
            body: foldForSearch(entry.body),
          },
          exact: `${entry.title}\n${entry.summary}`.toLocaleLowerCase('vi'),
        },
        { upsert: true },
      )
    },
    async remove(collection, id) {
      await entries.deleteOne({ _id: key(collection, id) })
    },
    async clear() {
      await entries.deleteMany({})
    },
    async query(query: SearchQuery): Promise<SearchResult> {
      if (!query.words.length) return { total: 0, more: false, matches: [] }
      // Every word required: each quoted, as MongoDB's text search ANDs quoted phrases.
      const filter: Filter<Stored> = { $text: { $search: query.words.map((word) => `"${word}"`).join(' ') } }
      if (query.collections?.length) filter.collection = { $in: query.collections }
      if (query.sites !== 'all') filter.site = { $in: [null, ...query.sites] }
      if (query.category) filter.category = query.category
      if (query.year) filter.year = query.year
      if (query.commune) filter.communes = query.commune
      const [counted, docs] = await Promise.all([
        entries.countDocuments(filter, { limit: query.countUpTo + 1 }),
        entries
          .aggregate<Stored & { score: number }>([
            { $match: filter },
            {
              $addFields: {
                score: {
                  $multiply: [
                    { $meta: 'textScore' },
                    {
                      $cond: [
                        {
                          $and: [
                            { $ne: [query.exact, ''] },
                            { $gte: [{ $indexOfCP: ['$exact', query.exact] }, 0] },
                          ],
                        },
                        EXACT_BOOST,
                        1,
                      ],
                    },
                  ],
                },
              },
            },
            { $sort: { score: -1 } },
            { $skip: query.offset },
            { $limit: query.limit },
          ])
          .toArray(),
      ])
      return {
        total: Math.min(counted, query.countUpTo),
        more: counted > query.countUpTo,
        matches: docs.map((doc) => ({ entry: entryOf(doc), score: doc.score })),
      }
    },
    async isEmpty() {
      return (await entries.findOne({}, { projection: { _id: 1 } })) === null
    },
    async years() {
      const years = await entries.distinct('year', { year: { $ne: null } })
      return (years as number[]).sort((a, b) => b - a)
    },
    async close() {},
  }
}
