import { type Client, createClient, type InValue, type Row } from '@libsql/client'

import { foldForSearch } from '../vi/search'
import { SEARCH_COLLECTIONS } from './sources'
import type { SearchCollection, SearchEntry, SearchIndex, SearchQuery, SearchResult } from './types'

/**
 * The search index on SQLite: FTS5 (BM25 ranking) over the folded title, summary and body, and a
 * plain table beside it with each entry's filters (indexed) and its original text (snippets). It
 * lives in its own file beside the database (`<name>-search.db`): Payload's development schema
 * push would otherwise take FTS5's tables for stale ones and offer to drop them, and the index,
 * derived from the content, is rebuilt by `npm run search:rebuild` rather than backed up.
 */
const SCHEMA = [
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(title, summary, body, tokenize = 'unicode61')`,
  // The titles alone: the first tier is ranked here, on lists of the titles' words only (in
  // search_text every word's list covers every body it occurs in, which a common word's does).
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_titles USING fts5(title, tokenize = 'unicode61')`,
  `CREATE TABLE IF NOT EXISTS search_docs (
     rowid INTEGER PRIMARY KEY,
     collection TEXT NOT NULL,
     doc_id TEXT NOT NULL,
     site TEXT,
     slug TEXT NOT NULL,
     date TEXT,
     year INTEGER,
     category TEXT,
     communes TEXT NOT NULL,
     exact TEXT NOT NULL,
     title TEXT NOT NULL,
     summary TEXT NOT NULL,
     body TEXT NOT NULL
   )`,
  `CREATE INDEX IF NOT EXISTS search_docs_year ON search_docs (year)`,
]

/**
 * The index's layout: an index of an older layout is emptied at open, and the server's start
 * rebuilds an empty index over existing content (lib/search/engine.ts ensureSearchIndex).
 */
const LAYOUT_VERSION = 2
const TABLES = ['search_text', 'search_titles', 'search_docs']

/** Title and summary weigh above the body (BM25 column weights). */
const WEIGHTS = [10, 4, 1]
/** A match of the query with its diacritics, in the title or summary, counts this much more. */
const EXACT_BOOST = 2
/** How many of the best matches the exact-spelling boost may reorder (20 pages of 10). */
const RERANK = 200

const entryOfRow = (row: Row): SearchEntry => ({
  collection: row.collection as SearchCollection,
  id: String(row.doc_id),
  site: row.site === null ? null : String(row.site),
  slug: String(row.slug),
  date: row.date === null ? null : String(row.date),
  year: row.year === null ? null : Number(row.year),
  category: row.category === null ? null : String(row.category),
  communes: String(row.communes).trim().split(' ').filter(Boolean),
  title: String(row.title),
  summary: String(row.summary),
  body: String(row.body),
})

export { searchFileOf } from './file'

/** One integer per document across collections: FTS5 rows are addressed by rowid. */
const rowidOf = (collection: SearchCollection, id: string): number => {
  const numeric = Number(id)
  if (!Number.isSafeInteger(numeric) || numeric < 0 || numeric >= 2 ** 40) {
    throw new Error(`search index: id ${id} of ${collection} is not a SQLite row id`)
  }
  return (SEARCH_COLLECTIONS.indexOf(collection) + 1) * 2 ** 40 + numeric
}

export const openSqliteSearch = async (file: string): Promise<SearchIndex> => {
  const client: Client = createClient({ url: `file:${file}` })
  await client.execute('PRAGMA busy_timeout = 10000')
  await client.execute('PRAGMA journal_mode = WAL')
  const version = Number((await client.execute('PRAGMA user_version')).rows[0]?.user_version ?? 0)
  if (version !== LAYOUT_VERSION) {
    await client.batch(
      [
        ...TABLES.map((table) => `DROP TABLE IF EXISTS ${table}`),
        ...SCHEMA,
        `PRAGMA user_version = ${LAYOUT_VERSION}`,
      ],
      'write',
    )
  }

  const deleteRow = (rowid: number) =>
    TABLES.map((table) => ({ sql: `DELETE FROM ${table} WHERE rowid = ?`, args: [rowid] }))

  const remove = async (collection: SearchCollection, id: string) => {
    const rowid = rowidOf(collection, id)
    await client.batch(deleteRow(rowid), 'write')
  }

  return {
    remove,
    async put(entry) {
      const rowid = rowidOf(entry.collection, entry.id)
      await client.batch(
        [
          ...deleteRow(rowid),
          {
            sql: 'INSERT INTO search_titles (rowid, title) VALUES (?, ?)',
            args: [rowid, foldForSearch(entry.title)],
          },
          {
            sql: 'INSERT INTO search_text (rowid, title, summary, body) VALUES (?, ?, ?, ?)',
            args: [
              rowid,
              foldForSearch(entry.title),
              foldForSearch(entry.summary),
              foldForSearch(entry.body),
            ],
          },
          {
            sql: `INSERT INTO search_docs
                  (rowid, collection, doc_id, site, slug, date, year, category, communes, exact, title, summary, body)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            args: [
              rowid,
              entry.collection,
              entry.id,
              entry.site,
              entry.slug,
              entry.date,
              entry.year,
              entry.category,
              ` ${entry.communes.join(' ')} `,
              `${entry.title}\n${entry.summary}`.toLocaleLowerCase('vi'),
              entry.title,
              entry.summary,
              entry.body,
            ],
          },
        ],
        'write',
      )
    },
    async clear() {
      await client.batch(
        TABLES.map((table) => `DELETE FROM ${table}`),
        'write',
      )
    },
    async query(query: SearchQuery): Promise<SearchResult> {
      if (!query.words.length) return { total: 0, more: false, matches: [] }
      // Filters, when any, on the entries' table (indexed year; the rest narrow the matches).
      const filters: string[] = []
      const filterArgs: InValue[] = []
      if (query.collections?.length) {
        filters.push(`collection IN (${query.collections.map(() => '?').join(', ')})`)
        filterArgs.push(...query.collections)
      }
      if (query.sites !== 'all') {
        filters.push(`(site IS NULL OR site IN (${query.sites.map(() => '?').join(', ') || 'NULL'}))`)
        filterArgs.push(...query.sites)
      }
      if (query.category) {
        filters.push('category = ?')
        filterArgs.push(query.category)
      }
      if (query.year) {
        filters.push('year = ?')
        filterArgs.push(query.year)
      }
      if (query.commune) {
        filters.push('instr(communes, ?) > 0')
        filterArgs.push(` ${query.commune} `)
      }
      const restrict = (table: string) =>
        filters.length
          ? ` AND ${table}.rowid IN (SELECT rowid FROM search_docs WHERE ${filters.join(' AND ')})`
          : ''
      // Three tiers, each in BM25 order: documents with every word in the title, then in the title
      // or summary, then those with some only in the body. BM25's weights put them in that order
      // nearly always; the tiers make it certain and cheap: a page reads only the tiers it reaches,
      // and the first, ranked on the titles alone, is small for any query a reader types. The
      // exact-spelling boost reorders the best RERANK of the first tier, so pages stay consistent.
      const all = query.words.map((word) => `"${word}"`).join(' ')
      const lead = `{title summary} : (${all})`
      // Counted up to one past the cap (and past the page asked, so the tiers below stay exact):
      // FTS5 stops reading the index there.
      const countLimit = Math.max(query.countUpTo, query.offset + query.limit) + 1
      const count = async (table: string, expression: string) =>
        Number(
          (
            await client.execute({
              sql: `SELECT count(*) AS n FROM (SELECT 1 FROM ${table} WHERE ${table} MATCH ?${restrict(table)} LIMIT ?)`,
              args: [expression, ...filterArgs, countLimit],
            })
          ).rows[0]?.n ?? 0,
        )
      type Ranked = { rowid: number; score: number }
      const ranked = async (
        table: string,
        expression: string,
        limit: number,
        offset: number,
      ): Promise<Ranked[]> =>
        (
          await client.execute({
            sql: `SELECT rowid, bm25(${table}${table === 'search_text' ? `, ${WEIGHTS.join(', ')}` : ''}) AS score
                  FROM ${table} WHERE ${table} MATCH ?${restrict(table)} ORDER BY score LIMIT ? OFFSET ?`,
            args: [expression, ...filterArgs, limit, offset],
          })
        ).rows.map((row) => ({ rowid: Number(row.rowid), score: -Number(row.score) }))
      /** The first tier's page: its best RERANK with matches of the exact spelling moved up. */
      const rankTitles = async (limit: number, offset: number, size: number): Promise<Ranked[]> => {
        if (offset >= RERANK) return ranked('search_titles', all, limit, offset)
        const best = await ranked('search_titles', all, RERANK, 0)
        const exact =
          query.exact && best.length
            ? await client.execute({
                sql: `SELECT rowid FROM search_docs WHERE rowid IN (${best.map(() => '?').join(', ')}) AND instr(exact, ?) > 0`,
                args: [...best.map((row) => row.rowid), query.exact],
              })
            : { rows: [] }
        const boosted = new Set(exact.rows.map((row) => Number(row.rowid)))
        const page = best
          .map((row) => ({ ...row, score: boosted.has(row.rowid) ? row.score * EXACT_BOOST : row.score }))
          .sort((a, b) => b.score - a.score)
          .slice(offset, offset + limit)
        // A page that straddles the reordered set goes on in the tier's BM25 order.
        if (page.length < limit && size > RERANK)
          page.push(...(await ranked('search_titles', all, limit - page.length, RERANK)))
        return page
      }
      const [total, titled] = await Promise.all([count('search_text', all), count('search_titles', all)])
      let leading: number | undefined
      const leadingCount = async () => (leading ??= await count('search_text', lead))
      const tiers: {
        size: () => Promise<number>
        page: (limit: number, offset: number, size: number) => Promise<Ranked[]>
      }[] = [
        { size: async () => titled, page: rankTitles },
        {
          size: async () => (await leadingCount()) - titled,
          page: (limit, offset) => ranked('search_text', `${lead} NOT {title} : (${all})`, limit, offset),
        },
        {
          size: async () => total - (await leadingCount()),
          page: (limit, offset) => ranked('search_text', `(${all}) NOT ${lead}`, limit, offset),
        },
      ]
      const order: Ranked[] = []
      let skip = query.offset
      for (const tier of tiers) {
        const missing = query.limit - order.length
        if (missing <= 0) break
        const size = await tier.size()
        if (skip >= size) {
          skip -= size
          continue
        }
        order.push(...(await tier.page(missing, skip, size)))
        skip = 0
      }
      const docs = order.length
        ? await client.execute({
            sql: `SELECT * FROM search_docs WHERE rowid IN (${order.map(() => '?').join(', ')})`,
            args: order.map((row) => row.rowid),
          })
        : { rows: [] }
      const byRowid = new Map(docs.rows.map((row) => [Number(row.rowid), row]))
      return {
        total: Math.min(total, query.countUpTo),
        more: total > query.countUpTo,
        matches: order.flatMap(({ rowid, score }) => {
          const row = byRowid.get(rowid)
          return row ? [{ score, entry: entryOfRow(row) }] : []
        }),
      }
    },
    async isEmpty() {
      const { rows } = await client.execute('SELECT 1 FROM search_docs LIMIT 1')
      return rows.length === 0
    },
    async years() {
      const { rows } = await client.execute(
        'SELECT DISTINCT year FROM search_docs WHERE year IS NOT NULL ORDER BY year DESC',
      )
      return rows.map((row) => Number(row.year))
    },
    async close() {
      client.close()
    },
  }
}
