/** The province-sized data set (scripts/bench/scaleData.ts makes it; scripts/bench/scale.ts measures it). */
export const SCALE = {
  sites: 3,
  communes: 222,
  events: 2003,
  categories: 6,
  wordsPerArticle: 600,
} as const

/** Articles at scale: 20,000 unless BENCH_SCALE_ARTICLES says otherwise. */
export const scaleArticles = (): number => Number(process.env.BENCH_SCALE_ARTICLES) || 20_000

/** The editor whose token the admin-list row uses. */
export const BENCH_EDITOR = { email: 'bench-editor@example.vn', password: 'Mat-khau-bench-2026' }

/** Bump when the generator changes: a cached data set of another version is made again. */
export const SCALE_DATA_VERSION = 1
